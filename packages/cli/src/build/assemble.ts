import { basename, extname } from 'node:path';
import { collectionNames, notUtf8Reason } from '@club-inne/core';
import type { CollectionName, FeedIssue, Localized } from '@club-inne/core';
import type { LocatedIssue } from '../issue-table.js';
import { duplicateKeys } from '../duplicate-keys.js';
import { jsonSyntaxError } from '../json-syntax.js';
import { locate, parseJsonPath, parseSource } from '../locate.js';
import type { PathSegment, SourceDocument } from '../locate.js';
import type { FolderContents, FoundFile } from './read-folder.js';
import { yamlReason } from './yaml-reason.js';

/** Where an item of the assembled feed came from: a file, and its place in that file. */
interface Origin {
  file: string;
  source: SourceDocument;
  base: PathSegment[];
}

export interface Assembled {
  /** The feed as a data producer would have written it in one file. */
  input: Record<string, unknown> & { version: unknown };
  /** Problems with the files themselves (syntax, empty, ignored). */
  problems: LocatedIssue[];
  /** The file and line an issue of `parseFeed(input)` points to. */
  locateIssue(issue: FeedIssue): LocatedIssue;
}

const idPattern = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function read(
  file: FoundFile,
  problems: LocatedIssue[],
): { value: unknown; source: SourceDocument } | undefined {
  if (file.text === undefined) {
    problems.push({
      severity: 'error',
      code: 'syntax',
      path: '$',
      file: file.path,
      message: {
        fr: `fichier illisible, ignoré\u00a0: ${notUtf8Reason.fr}`,
        en: `unreadable file, ignored: ${notUtf8Reason.en}`,
      },
    });
    return undefined;
  }
  const source = parseSource(file.text);
  // A key written twice is read (the last value wins, as in JSON) and named, not a reason to
  // drop the file.
  const syntax = source.doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  if (!syntax) {
    for (const p of duplicateKeys(file.text, source)) problems.push({ ...p, file: file.path });
  } else {
    // A .json file is read as YAML (which accepts what a hand may add: a comment, 'quotes');
    // what even YAML refuses is told as `inne validate` tells a JSON mistake.
    const json = /\.json$/i.test(file.path) ? jsonSyntaxError(file.text) : null;
    const pos = json ?? { line: syntax.linePos?.[0].line, column: syntax.linePos?.[0].col };
    const why = json?.reason ?? yamlReason(syntax);
    problems.push({
      severity: 'error',
      code: 'syntax',
      path: '$',
      file: file.path,
      line: pos.line,
      column: pos.column,
      message: {
        fr: `fichier illisible, ignoré\u00a0: ${why.fr}`,
        en: `unreadable file, ignored: ${why.en}`,
      },
    });
    return undefined;
  }
  try {
    return { value: source.doc.toJS({ maxAliasCount: 100 }), source };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    problems.push({
      severity: 'error',
      code: 'syntax',
      path: '$',
      file: file.path,
      message: {
        fr: `fichier illisible, ignoré\u00a0: ${why}`,
        en: `unreadable file, ignored: ${why}`,
      },
    });
    return undefined;
  }
}

/**
 * Puts the files of a feed folder together as one feed, remembering where each item came
 * from so that every issue `parseFeed` finds can be reported with its file and line. An item
 * file holds one item (a map) or a list of items; an item without an `id` takes its file's
 * name (`projects/autopartage.yaml` → `autopartage`).
 */
export function assemble(folder: string, contents: FolderContents): Assembled {
  const problems: LocatedIssue[] = [];
  const input: Assembled['input'] = { version: 1 };
  const origins = new Map<CollectionName, Origin[]>(collectionNames.map((n) => [n, []]));
  let feedOrigin: Origin | undefined;

  const add = (collection: CollectionName, item: unknown, origin: Origin) => {
    const list = (input[collection] ??= []) as unknown[];
    list.push(item);
    origins.get(collection)!.push(origin);
  };

  if (contents.feedFile) {
    const file = contents.feedFile;
    const read_ = read(file, problems);
    if (read_ && isRecord(read_.value)) {
      feedOrigin = { file: file.path, source: read_.source, base: [] };
      for (const [key, value] of Object.entries(read_.value)) {
        const collection = collectionNames.find((n) => n === key);
        if (collection && Array.isArray(value)) {
          value.forEach((item, i) =>
            add(collection, item, { ...feedOrigin!, base: [collection, i] }),
          );
        } else if (collection) {
          const at = locate(feedOrigin.source, [collection]);
          problems.push({
            severity: 'error',
            code: 'not-a-list',
            path: `$.${collection}`,
            collection,
            file: file.path,
            line: at?.line,
            column: at?.column,
            message: {
              fr: `"${collection}" doit être une liste\u00a0: ignoré`,
              en: `"${collection}" must be a list: ignored`,
            },
          });
        } else if (key !== '__proto__') {
          input[key] = value;
        }
      }
    } else if (read_) {
      problems.push(emptyFile(file.path, read_.value));
    }
  }

  for (const file of contents.itemFiles) {
    const collection = file.collection!;
    const read_ = read(file, problems);
    if (!read_) continue;
    const { value, source } = read_;
    if (Array.isArray(value) && value.length > 0) {
      value.forEach((item, i) => add(collection, item, { file: file.path, source, base: [i] }));
    } else if (isRecord(value)) {
      const stem = basename(file.path, extname(file.path));
      if (Object.hasOwn(value, 'id')) add(collection, value, { file: file.path, source, base: [] });
      else if (idPattern.test(stem)) {
        add(collection, { id: stem, ...value }, { file: file.path, source, base: [] });
      } else problems.push(nameNotAnId(file.path, collection, stem));
    } else {
      problems.push(emptyFile(file.path, value));
    }
  }

  const folders = collectionNames.map((n) => `${n}/`).join(' ');
  const ignore = (paths: string[], message: Localized) => {
    for (const file of paths)
      problems.push({ severity: 'warning', code: 'ignored-file', path: '$', file, message });
  };
  ignore(contents.ignored, {
    fr: `ignoré\u00a0: seuls feed.yaml et les fichiers .yaml ou .json des dossiers ${folders} sont lus`,
    en: `ignored: only feed.yaml and the .yaml or .json files of the ${folders} folders are read`,
  });
  ignore(contents.links, {
    fr: 'ignoré\u00a0: un lien symbolique n’est pas suivi, seuls les fichiers du dossier sont lus',
    en: 'ignored: a symbolic link is not followed, only the files in the folder are read',
  });

  const locateIssue = (issue: FeedIssue): LocatedIssue => {
    const segments = parseJsonPath(issue.path);
    const [first, index] = segments;
    const origin =
      typeof first === 'string' && typeof index === 'number'
        ? origins.get(first as CollectionName)?.[index]
        : undefined;
    if (origin) {
      const at = locate(origin.source, [...origin.base, ...segments.slice(2)]);
      return { ...issue, file: origin.file, line: at?.line, column: at?.column };
    }
    if (
      typeof first === 'string' &&
      origins.has(first as CollectionName) &&
      segments.length === 1
    ) {
      return { ...issue, file: `${folder.replace(/\/+$/, '')}/${first}/` };
    }
    if (feedOrigin) {
      const at = locate(feedOrigin.source, segments);
      return { ...issue, file: feedOrigin.file, line: at?.line, column: at?.column };
    }
    return issue;
  };

  return { input, problems, locateIssue };
}

function emptyFile(path: string, value: unknown): LocatedIssue {
  const what = value === null || value === undefined ? 'vide' : 'pas un objet';
  return {
    severity: 'error',
    code: 'empty-file',
    path: '$',
    file: path,
    line: 1,
    column: 1,
    message: {
      fr: `ignoré\u00a0: le fichier est ${what}, un élément (ou une liste d’éléments) est attendu`,
      en: `ignored: the file is ${what === 'vide' ? 'empty' : 'not an object'}, an item (or a list of items) is expected`,
    },
  };
}

/**
 * An item without `id` in a file whose name cannot be one (`Vie des sols.yaml`): "id missing"
 * would send the publisher looking for a field they were told they could leave out.
 */
function nameNotAnId(path: string, collection: CollectionName, stem: string): LocatedIssue {
  // The name as an id would write it: no capitals, accents or spaces.
  const suggested = stem
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const rename = idPattern.test(suggested) ? ` (${suggested}${extname(path)})` : '';
  return {
    severity: 'error',
    code: 'invalid-field',
    path: '$.id',
    collection,
    file: path,
    line: 1,
    column: 1,
    message: {
      fr: `ignoré\u00a0: sans «\u00a0id\u00a0», l’élément prend le nom de son fichier, et «\u00a0${stem}\u00a0» n’est pas un identifiant (lettres minuscules, chiffres et tirets)\u202f; renommez le fichier${rename} ou ajoutez un «\u00a0id\u00a0»`,
      en: `ignored: without "id", the item takes its file's name, and "${stem}" is not an id (lowercase letters, digits and dashes); rename the file${rename} or add an "id"`,
    },
  };
}
