import type { Feed } from '../schema/feed.js';
import { collectionReaders } from './collection-readers.js';
import { parseJsonPath } from './issue.js';
import type { FeedIssue } from './issue.js';
import { validate } from '../validation/validate.js';
import { idPlan } from '../validation/validation-plan.generated.js';
import { describeNotAnId } from './messages.js';

/** Farthest an id may be from what was written to be suggested: two typos. */
const MAX_EDITS = 2;

/**
 * How many edits (a letter added, removed, replaced, or two side by side swapped) turn `a`
 * into `b`, or `MAX_EDITS + 1` as soon as it is more: most ids differ early, and stop there.
 */
export function editDistance(a: string, b: string): number {
  const far = MAX_EDITS + 1;
  if (Math.abs(a.length - b.length) > MAX_EDITS) return far;
  // What both start and end with costs nothing: ids of one feed often share a long start
  // (`commune-de-…`), which would otherwise be compared letter by letter against each.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.at(-1 - end) === b.at(-1 - end))
    end++;
  a = a.slice(start, a.length - end);
  b = b.slice(start, b.length - end);
  // Three rows of the classic table: the one before last (for swaps), the last, this one.
  let before: number[] = [];
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      if (d < least) least = d;
    }
    if (least > MAX_EDITS) return far;
    before = last;
    last = row;
  }
  return Math.min(last[b.length]!, far);
}

/**
 * The id one or two edits from `value` (`ville-exempel` → `ville-exemple`), when exactly one id
 * is that close: of two, a guess could send the publisher to the wrong one.
 */
export function nearId(value: string, ids: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const id of ids) {
    const d = editDistance(value, id);
    if (d === 0 || d > MAX_EDITS) continue;
    if (found !== undefined) return undefined;
    found = id;
  }
  return found;
}

// The ids of a collection, listed once for all the issues of a feed.
const ids = new WeakMap<readonly { id: string }[], string[]>();
function idsOf(items: readonly { id: string }[]): string[] {
  let list = ids.get(items);
  if (!list) ids.set(items, (list = items.map((i) => i.id)));
  return list;
}

/**
 * A dangling reference's issue (`"actor": "ville-exempel"`, not in the feed), with the id it
 * likely meant when one is close (`ville-exemple`); any other issue as it is. `input` is the
 * feed given to `parseFeed` (its paths name places in it), `feed` what it kept. For the tools of
 * publishers (`inne validate`, `inne build-feed`): pages do not carry it, their `debug` panel
 * says the reference is not in the feed.
 *
 * @example
 * const { feed, issues } = parseFeed(input);
 * for (const issue of issues) console.log(withNearId(issue, input, feed).message.en);
 * // reference to "ville-exempel", which is not in the feed: ignored; did you mean "ville-exemple"?
 */
export function withNearId(issue: FeedIssue, input: unknown, feed: Feed | null): FeedIssue {
  if (issue.code !== 'dangling-reference' || !feed || !issue.collection) return issue;
  const [, index, ...rest] = parseJsonPath(issue.path);
  const item = (input as Record<string, unknown[] | undefined> | null)?.[issue.collection]?.[
    index as number
  ];
  let value: unknown = item;
  for (const key of rest) value = (value as Record<PropertyKey, unknown> | null)?.[key];
  // A reference that is not an id (`"Ville exemple"`) already says the id it likely meant,
  // found by its name, when there is one: only an id that the feed lacks is looked up here.
  if (typeof value !== 'string' || !validate(idPlan, value).ok) return issue;
  // Which collection it refers to, as the parser reads it (an assessment's subject: its type).
  const ref = collectionReaders[issue.collection].referenceAt?.(rest, item);
  if (!ref) return issue;
  const meant = nearId(value, idsOf(feed[ref.target]));
  return meant ? { ...issue, message: describeNotAnId(issue.message, false, meant) } : issue;
}
