import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Locale } from '@club-inne/core';
import { warn } from './output.js';

const reasons: Record<string, { fr: string; en: string }> = {
  EACCES: { fr: 'permission refusée', en: 'permission denied' },
  EPERM: { fr: 'opération non permise', en: 'operation not permitted' },
  EISDIR: { fr: 'c’est un dossier', en: 'it is a folder' },
  ENOTDIR: {
    fr: 'un élément du chemin n’est pas un dossier',
    en: 'part of the path is not a folder',
  },
  EROFS: { fr: 'système de fichiers en lecture seule', en: 'read-only file system' },
  ENOSPC: { fr: 'disque plein', en: 'no space left on the disk' },
};

/**
 * Writes a command's `-o` file, creating its folder as publishers expect (`-o public/feed.json`
 * in a fresh checkout). A failure is reported in the user's language with the path, never as a
 * Node stack or a bare `ENOENT`; the caller exits with 1.
 */
export async function writeOutputFile(path: string, text: string, lang: Locale): Promise<boolean> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    warn(lang === 'fr' ? `✓ ${path} écrit` : `✓ ${path} written`);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = reasons[code]?.[lang] ?? (code || String(error));
    warn(
      lang === 'fr'
        ? `✗ impossible d’écrire ${path}\u00a0: ${reason}`
        : `✗ cannot write ${path}: ${reason}`,
    );
    return false;
  }
}
