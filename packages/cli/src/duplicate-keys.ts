import type { LocatedIssue } from './issue-table.js';
import type { SourceDocument } from './locate.js';

/**
 * Keys written twice in one object (`"phase"` added above the one already there): `JSON.parse`
 * (so the pages) and the YAML reader keep the last value without a word, and the publisher
 * wonders why their edit does not show. The source's parser (`uniqueKeys`) finds them.
 */
export function duplicateKeys(text: string, { doc, lines }: SourceDocument): LocatedIssue[] {
  return doc.errors
    .filter((e) => e.code === 'DUPLICATE_KEY')
    .map((e) => {
      // The error points at the second key's first character: read the key from there, quoted
      // (JSON) or not (YAML).
      const token = /"(?:[^"\\]|\\.)*"|[^:\n]*/y;
      token.lastIndex = e.pos[0];
      const raw = token.exec(text)?.[0] ?? '';
      const key = (raw.startsWith('"') ? (JSON.parse(raw) as string) : raw.trim()).slice(0, 60);
      const { line, col } = lines.linePos(e.pos[0]);
      return {
        severity: 'warning',
        code: 'duplicate-key',
        path: '$',
        line,
        column: col,
        message: {
          fr: `«\u00a0${key}\u00a0» est écrit deux fois dans cet objet\u00a0: seule la dernière valeur est lue`,
          en: `"${key}" appears twice in this object: only the last value is read`,
        },
      };
    });
}
