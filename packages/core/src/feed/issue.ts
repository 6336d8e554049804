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
