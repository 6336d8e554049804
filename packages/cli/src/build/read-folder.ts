import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { collectionNames } from '@club-inne/core';
import type { CollectionName } from '@club-inne/core';

/** One item file (or the feed file), as found in the folder. */
export interface FoundFile {
  /** Path as the user will read it: the folder as typed, then the file. */
  path: string;
  /** Its text; `undefined` when it is not UTF-8 (reported, never read with "�" for accents). */
  text: string | undefined;
  /** The collection its items go into; `undefined` for the root feed file. */
  collection?: CollectionName;
}

export interface FolderContents {
  feedFile?: FoundFile;
  itemFiles: FoundFile[];
  /** Files that are none of the above (a typo in a folder or an extension). */
  ignored: string[];
  /**
   * Symbolic links, never followed: one in a folder that others contribute to could point at
   * any file of the publisher's machine (a key, a password file) and publish it in the feed.
   */
  links: string[];
}

const dataFile = /\.(ya?ml|json)$/i;

/** A file's text if it is UTF-8, as a feed must be (a Windows-1252 file would lose its accents). */
async function utf8(path: string): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch (error) {
    if (error instanceof TypeError) return undefined; // not UTF-8
    throw error;
  }
}
const feedFile = /^feed\.(ya?ml|json)$/i;
const quiet = (name: string) => name.startsWith('.') || /\.(md|txt)$/i.test(name);

async function walk(dir: string, links: string[]): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) links.push(path);
    else if (entry.isDirectory()) out.push(...(await walk(path, links)));
    else out.push(path);
  }
  return out;
}

/**
 * The files of a feed folder: `feed.yaml|yml|json` at its root, and item files in subfolders
 * named after the collections (`projects/autopartage.yaml`, nested folders allowed), in name
 * order so the feed comes out the same on every machine.
 */
export async function readFolder(folder: string): Promise<FolderContents> {
  const contents: FolderContents = { itemFiles: [], ignored: [], links: [] };
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (quiet(entry.name)) continue;
    if (entry.isSymbolicLink()) contents.links.push(path);
    else if (entry.isFile() && feedFile.test(entry.name) && !contents.feedFile) {
      contents.feedFile = { path, text: await utf8(path) };
    } else if (entry.isDirectory() && (collectionNames as string[]).includes(entry.name)) {
      const collection = entry.name as CollectionName;
      for (const file of await walk(path, contents.links)) {
        if (quiet(basename(file))) continue;
        if (dataFile.test(extname(file))) {
          contents.itemFiles.push({ path: file, text: await utf8(file), collection });
        } else contents.ignored.push(file);
      }
    } else {
      contents.ignored.push(entry.isDirectory() ? `${path}/` : path);
    }
  }
  return contents;
}
