import type { LocatedIssue } from './issue-table.js';
import { parseJsonPath } from './locate.js';

/** Where an item sits, as the report shows it: a file and line, or a line of the feed. */
type Locate = (path: string) => Pick<LocatedIssue, 'file' | 'line' | 'column'>;

// The index of each id's first item, once per collection: a feed may hold thousands of duplicates.
const indexes = new WeakMap<unknown[], Map<unknown, number>>();
function firstIndexes(items: unknown[]): Map<unknown, number> {
  let map = indexes.get(items);
  if (!map) {
    indexes.set(items, (map = new Map()));
    items.forEach((item, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (!map!.has(id)) map!.set(id, i);
    });
  }
  return map;
}

/**
 * A duplicate id's issue, with the place of the item that is kept: the first of its collection
 * with that id. In a feed of several hundred lines, or a folder that several people add files
 * to, the other item is otherwise a search away. `input` is the feed as it was read (before
 * parsing), `locate` finds a JSON path in its source. Any other issue is returned as it is.
 */
export function withFirstOfId(issue: LocatedIssue, input: unknown, locate: Locate): LocatedIssue {
  if (issue.code !== 'duplicate-id' || issue.itemId === undefined) return issue;
  const [collection, index] = parseJsonPath(issue.path);
  const items = (input as Record<string, unknown> | null)?.[collection as string];
  if (!Array.isArray(items) || typeof index !== 'number') return issue;
  const first = firstIndexes(items).get(issue.itemId);
  if (first === undefined || first >= index) return issue;
  const at = locate(`$.${String(collection)}[${first}].id`);
  if (at.line === undefined) return issue;
  const where = (line: string) =>
    at.file ? `${at.file}:${at.line}:${at.column ?? 1}` : `${line} ${at.line}`;
  return {
    ...issue,
    message: {
      fr: `${issue.message.fr} (${where('ligne')})`,
      en: `${issue.message.en} (${where('line')})`,
    },
  };
}
