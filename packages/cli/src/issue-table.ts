import { collectionNames } from '@club-inne/core';
import type { Feed, FeedIssue, Locale } from '@club-inne/core';
import { printableCell } from './printable.js';
import { countErrors, countItems, countWarnings, severityLabels } from './words.js';

/**
 * An issue and where it is: a file (for build-feed) and a line, when known. Its code is a
 * feed issue code, or one of build-feed's own (`syntax`, `ignored-file`, `empty-file`).
 */
export interface LocatedIssue extends Omit<FeedIssue, 'code'> {
  code: FeedIssue['code'] | 'syntax' | 'ignored-file' | 'empty-file' | 'duplicate-key';
  file?: string;
  line?: number;
  column?: number;
}

const headers = {
  fr: ['gravité', 'où', 'chemin', 'id', 'message'],
  en: ['severity', 'where', 'path', 'id', 'message'],
};

/** `file:line:column` (clickable in editors and terminals), else `line:column`, else nothing. */
function where(issue: LocatedIssue): string {
  const line = issue.line === undefined ? '' : `${issue.line}:${issue.column ?? 1}`;
  if (issue.file) return line ? `${issue.file}:${line}` : issue.file;
  return line;
}

/**
 * The issues as a plain-text table, one row per issue: severity, place in the file (when
 * known), JSON path, item id and the message in the user's language. Columns are padded to
 * the widest cell, empty ones left out; the message, last, is never cut.
 *
 * @example
 * console.log(formatIssueTable(parseFeed(text).issues, 'en'));
 */
export function formatIssueTable(issues: LocatedIssue[], lang: Locale): string {
  // Cells quote the feed (an id, a file name): one line each, whatever they hold.
  const rows = issues.map((i) =>
    [severityLabels[i.severity][lang], where(i), i.path, i.itemId ?? '', i.message[lang]].map(
      printableCell,
    ),
  );
  const kept = headers[lang]
    .map((_, c) => c)
    .filter((c) => c === 0 || c === 2 || c === 4 || rows.some((r) => r[c]));
  const table = [headers[lang], ...rows].map((r) => kept.map((c) => r[c]!));
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  const last = widths.length - 1;
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === last ? cell : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w, c) => '─'.repeat(c === last ? Math.min(w, 40) : w)).join('  ');
  return [line(table[0]!), rule, ...table.slice(1).map(line)].join('\n');
}

/**
 * One line that says it all: "✓"/"✗", the counts of errors and warnings, and what was kept.
 *
 * @example
 * summaryLine(feed, issues, 'fr') // "✓ 0 erreur, 0 avertissement — gardés : 19 acteurs, 13 projets, …"
 */
export function summaryLine(
  feed: Feed | null,
  issues: readonly Pick<FeedIssue, 'severity'>[],
  lang: Locale,
): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const counts = `${countErrors(errors, lang)}, ${countWarnings(issues.length - errors, lang)}`;
  if (!feed) return `✗ ${counts} — ${lang === 'fr' ? 'aucun flux lisible' : 'no readable feed'}`;
  const kept = collectionNames
    .filter((name) => feed[name].length > 0)
    .map((name) => countItems(feed[name].length, name, lang));
  const keptText = kept.length ? kept.join(', ') : lang === 'fr' ? 'aucun élément' : 'no item';
  const label = lang === 'fr' ? 'gardés\u00a0:' : 'kept:';
  return `${errors ? '✗' : '✓'} ${counts} — ${label} ${keptText}`;
}
