import type { Feed, FeedIssue } from '@club-inne/core';
import type { LoadFailure } from './feed-loader.js';

/** Where an element's data came from, first match wins. */
export type FeedSourceKind = 'property' | 'inline' | 'src' | 'default';

export interface InneLoadDetail {
  feed: Feed;
  issues: FeedIssue[];
  source: FeedSourceKind;
  url?: string;
  /** When the data was received; with `stale`, an older copy is shown because a refresh failed. */
  loadedAt?: Date;
  stale?: LoadFailure;
}

export interface InneErrorDetail {
  failure: LoadFailure;
  issues: FeedIssue[];
  source: FeedSourceKind;
  url?: string;
}

/** Fires a bubbling, composed event with a typed detail. */
export function emit<K extends keyof InneEventMap>(
  target: EventTarget,
  type: K,
  detail: InneEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** The events every component fires; components add their own to this map. */
export interface InneEventMap {
  'inne-load': CustomEvent<InneLoadDetail>;
  'inne-error': CustomEvent<InneErrorDetail>;
}

declare global {
  // Typed `addEventListener('inne-load', …)` on any element or document.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends InneEventMap {}
}
