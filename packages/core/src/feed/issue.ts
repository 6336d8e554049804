import type { Localized } from '../i18n/locale.js';
import type { CollectionName } from '../schema/collection-names.js';

/**
 * What can be wrong with a feed. `error`: something was left out (an item, the whole feed).
 * `warning`: everything was kept but a part was ignored (a dangling reference, a bad
 * `updatedAt`, a word of a list that the vocabulary does not have, a wrong image).
 */
export type IssueSeverity = 'error' | 'warning';

/** What went wrong, as a stable code (the table of docs/data-publishers.md). */
export type IssueCode =
  | 'not-json'
  | 'too-large'
  | 'not-a-feed'
  | 'unsupported-version'
  | 'missing-version'
  | 'not-a-list'
  | 'too-many-items'
  | 'invalid-field'
  | 'invalid-envelope'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'unknown-value'
  | 'ignored-field'
  | 'end-before-start'
  | 'mixed-date-types'
  | 'deadline-before-opening';

/** One problem found in a feed: where (JSON path, item id), how bad, and a message in fr and en. */
export interface FeedIssue {
  severity: IssueSeverity;
  code: IssueCode;
  /** Where, as a JSON path: `$.projects[3].title`. */
  path: string;
  /** The collection concerned, if any. */
  collection?: CollectionName;
  /** The id of the item concerned, when it has a readable one. */
  itemId?: string;
  message: Localized;
}

/** `$.projects[3].title` from path segments. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/**
 * `['projects', 3, 'title']` from `$.projects[3].title`: the inverse of `jsonPath`, for tools
 * that find an issue's place in the feed as written.
 *
 * @example
 * parseJsonPath('$.assessments[0].answers["offer.logic"]') // ['assessments', 0, 'answers', 'offer.logic']
 */
export function parseJsonPath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of path.slice(1).matchAll(re)) {
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else segments.push(JSON.parse(m[3]!) as string);
  }
  return segments;
}
