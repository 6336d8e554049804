import type { Feed, FeedIssue } from '@club-inne/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultFeedUrl } from '../default-feed.js';
import type { FeedSourceKind } from './events.js';
import { cachedFeed, loadCollections, parseOnce } from './feed-loader.js';
import type { Collections, LoadFailure, LoadResult } from './feed-loader.js';
import { inlineFeedScript } from './inline-feed.js';
import { keepUnchanged } from './keep-unchanged.js';

/** What an element knows of its data at a given moment. */
export type FeedState = { source: FeedSourceKind; url?: string } & (
  | { status: 'loading' }
  | { status: 'ready'; feed: Feed; issues: FeedIssue[]; loadedAt?: Date; stale?: LoadFailure }
  | { status: 'error'; failure: LoadFailure; issues: FeedIssue[] }
);

export interface FeedSourceHost extends ReactiveControllerHost, HTMLElement {
  feed: unknown;
  src?: string;
}

// A feed object given to several elements is parsed once per set of collections they read.
const parsedValues = new WeakMap<object, Map<string, LoadResult>>();

function fromValue(value: unknown, collections: Collections): LoadResult {
  let parsed = new Map<string, LoadResult>();
  if (typeof value === 'object' && value) {
    const known = parsedValues.get(value);
    if (known) parsed = known;
    else parsedValues.set(value, parsed);
  }
  return parseOnce(parsed, value, collections);
}

/**
 * The address to fetch a feed from, or `undefined` when there is none: not an http(s) address,
 * or an `http:` one on an `https:` page, which the browser blocks (mixed content) and which
 * would otherwise be reported as a network or CORS problem.
 */
export function feedUrl(src: string, base: string, pageProtocol: string): string | undefined {
  try {
    const url = new URL(src, base);
    const p = url.protocol;
    if (p === 'https:' || (p === 'http:' && pageProtocol !== 'https:')) return url.href;
  } catch {
    // not an address at all
  }
  return undefined;
}

/**
 * Finds an element's data, first match wins: the `.feed` property, an inline
 * `<script type="application/json">` inside it, the `src` attribute, the default feed. Feeds from
 * URLs go through the page-wide loader; a change of source or a disconnection aborts the
 * request in flight, and a late answer for an older source is dropped.
 */
export class FeedSource implements ReactiveController {
  state: FeedState = { status: 'loading', source: 'default' };
  #key: unknown;
  #abort?: AbortController;

  /** `collections`: what the host reads of its feed (`InneElement.collections`). */
  constructor(
    private readonly host: FeedSourceHost,
    private readonly collections: () => Collections,
  ) {
    host.addController(this);
  }

  // Moved (a theme or a slider re-parents it) or put back: Lit does not render again by
  // itself, so a download aborted on the way would leave "Chargement…" forever, and the
  // language of the new place would not be read.
  hostConnected(): void {
    this.host.requestUpdate();
  }

  // Only a download in flight is dropped: data shown stays, and is not announced again.
  hostDisconnected(): void {
    if (this.state.status !== 'loading') return;
    this.#abort?.abort();
    this.#key = undefined;
  }

  /** Settles the source; call it before each render. `refresh` reloads even the same source. */
  sync(refresh = false): void {
    const host = this.host;
    if (host.feed !== undefined && host.feed !== null)
      return this.#fromValue('property', host.feed, refresh);
    const script = inlineFeedScript(host);
    if (script) return this.#fromValue('inline', script.text, refresh);
    // Parsed before its children (an `async` script)? An inline feed may still come.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => host.requestUpdate(), { once: true });
      return;
    }
    // A blank `src` (a CMS field left empty, `src=" "`) means no feed given: the club's, not
    // this page read as a feed.
    const src = host.src?.trim();
    const source: FeedSourceKind = src ? 'src' : 'default';
    const url = feedUrl(src || defaultFeedUrl(), document.baseURI, location.protocol);
    if (!url)
      return this.#set(source, src, { feed: null, issues: [], failure: { code: 'bad-url' } });
    if (url === this.#key && !refresh) return;
    this.#abort?.abort();
    this.#key = url;
    const collections = this.collections();
    const cached = refresh ? undefined : cachedFeed(url, collections);
    if (cached) return this.#set(source, url, cached);
    const abort = (this.#abort = new AbortController());
    this.state = { status: 'loading', source, url };
    loadCollections(url, collections, { signal: abort.signal, refresh }).then(
      (result) => {
        if (this.#key !== url || abort.signal.aborted) return;
        this.#set(source, url, result);
        this.host.requestUpdate();
      },
      () => undefined, // aborted: a newer source or a disconnection took over
    );
  }

  #fromValue(source: FeedSourceKind, value: unknown, refresh: boolean): void {
    if (value === this.#key && !refresh) return;
    this.#abort?.abort();
    this.#key = value;
    this.#set(source, undefined, fromValue(value, this.collections()));
  }

  #set(source: FeedSourceKind, url: string | undefined, r: LoadResult): void {
    const shown = this.state.status === 'ready' ? this.state.feed : undefined;
    this.state = r.feed
      ? {
          status: 'ready',
          source,
          url,
          // A new copy of the feed keeps the objects of what did not change (cheap caches).
          feed: shown ? keepUnchanged(shown, r.feed) : r.feed,
          issues: r.issues,
          loadedAt: r.loadedAt,
          stale: r.stale,
        }
      : { status: 'error', source, url, failure: r.failure, issues: r.issues };
  }
}
