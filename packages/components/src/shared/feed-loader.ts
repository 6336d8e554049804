import { collectionReaders, limits, parseCollections } from '@club-inne/core';
import type { CollectionReader, Feed, FeedIssue } from '@club-inne/core';
import { inTurn, turnsDone } from './in-turn.js';

/** Why a feed could not be loaded: what the console and the `debug` panel explain. */
export interface LoadFailure {
  code: 'network' | 'timeout' | 'http' | 'too-large' | 'not-a-feed' | 'bad-url';
  /** The HTTP status, for `http`. */
  status?: number;
}

/** A feed loaded (possibly an older copy when a refresh failed: see `stale`). */
export interface LoadedFeed {
  feed: Feed;
  issues: FeedIssue[];
  /** When this copy was received. */
  loadedAt: Date;
  /** Set when the latest attempt failed and this is the last good copy. */
  stale?: LoadFailure;
}

export type LoadResult = LoadedFeed | { feed: null; issues: FeedIssue[]; failure: LoadFailure };

/** Limits of every request; tests and benchmarks may lower them. */
export const loaderSettings = { timeoutMs: 15_000, maxBytes: limits.feedBytes as number };

/** The feed collections an element reads (their readers from `@club-inne/core`). */
export type Collections = readonly CollectionReader[];

/** What one download gave: the JSON value (or the text, when it is not JSON) and when. */
interface Body {
  value: unknown;
  loadedAt: Date;
  /** Its parse by set of collections (`collectionsKey`). */
  parsed: Map<string, LoadResult>;
}

interface Entry {
  pending?: Promise<boolean>;
  controller?: AbortController;
  users: number;
  /** The last attempt: a body, or why it failed. */
  last?: Body | LoadFailure;
  /** The last body that was a feed, for a refresh that fails. */
  good?: Body;
}

// Page-wide on purpose: one request per URL however many elements show it, whatever they read.
const entries = new Map<string, Entry>();

/** `parseCollections` once per value and set of collections. */
export function parseOnce(
  parsed: Map<string, LoadResult>,
  value: unknown,
  collections: Collections,
  loadedAt = new Date(),
): LoadResult {
  // The same names give the same parse, in whatever order.
  const key = collections
    .map((c) => c.name)
    .sort()
    .join();
  let r = parsed.get(key);
  if (!r) {
    const { feed, issues } = parseCollections(value, collections);
    r = feed ? { feed, issues, loadedAt } : { feed, issues, failure: { code: 'not-a-feed' } };
    parsed.set(key, r);
  }
  return r;
}

// What the last attempt gives for these collections (parsed on first demand).
function resultOf(e: Entry, collections: Collections): LoadResult | undefined {
  const last = e.last;
  if (!last) return undefined;
  if ('value' in last) {
    const r = parseOnce(last.parsed, last.value, collections, last.loadedAt);
    // Whether a body is a feed does not depend on the collections read.
    if (r.feed) e.good = last;
    return r;
  }
  const good = e.good && parseOnce(e.good.parsed, e.good.value, collections, e.good.loadedAt);
  return good?.feed ? { ...good, stale: last } : { feed: null, issues: [], failure: last };
}

/**
 * The feed at `url`, fetched once per page and shared by every element that asks. The request
 * is aborted when every element waiting for it has gone (`signal`); a failed refresh gives the
 * last good copy marked `stale`. Never rejects except with the caller's own abort reason.
 * `collections`: only these are read (`parseFeed`'s option); default: every one.
 */
export function loadFeed(
  url: string,
  options: { signal?: AbortSignal; refresh?: boolean; collections?: Collections } = {},
): Promise<LoadResult> {
  return loadCollections(url, options.collections ?? Object.values(collectionReaders), options);
}

/**
 * `loadFeed` for the collections an element reads, given as their readers: a bundle carries
 * the rules of those only. Each set of collections is read once from the one download.
 */
export function loadCollections(
  url: string,
  collections: Collections,
  { signal, refresh = false }: { signal?: AbortSignal; refresh?: boolean } = {},
): Promise<LoadResult> {
  let entry = entries.get(url);
  if (!entry) entries.set(url, (entry = { users: 0 }));
  const e = entry;
  if (!e.pending && e.last && !refresh) return Promise.resolve(resultOf(e, collections)!);
  if (!e.pending) start(url, e);
  e.users++;
  return new Promise((resolve, reject) => {
    let done = false;
    const leave = () => {
      if (done) return false;
      done = true;
      signal?.removeEventListener('abort', onAbort);
      // Nobody waits any more: stop the download; a later caller starts a fresh one.
      if (--e.users === 0 && e.pending) {
        e.pending = undefined;
        e.controller?.abort();
      }
      return true;
    };
    const onAbort = () => leave() && reject(signal!.reason);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    // `false` only comes from an abort, and then `leave` has already run. Callers get the
    // feed one per task (`inTurn`), each its own collections, so that each can render and be
    // painted in turn.
    void e.pending!.then(
      (settled) => settled && inTurn(() => leave() && resolve(resultOf(e, collections)!)),
    );
  });
}

/** The result already at hand for `url`, if any: lets a new element render it at once. */
export function cachedFeed(url: string, collections: Collections): LoadResult | undefined {
  const e = entries.get(url);
  return e && !e.pending ? resultOf(e, collections) : undefined;
}

/** Resolves once no feed is downloading and every caller has its feed (at once when so). */
export async function feedsSettled(): Promise<void> {
  for (let e; (e = [...entries.values()].find((x) => x.pending));) await e.pending;
  await turnsDone();
}

/** Forgets every feed loaded so far (for tests). */
export function resetFeedLoader(): void {
  for (const e of entries.values()) e.controller?.abort();
  entries.clear();
}

function start(url: string, e: Entry): void {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('timeout', 'TimeoutError')),
    loaderSettings.timeoutMs,
  );
  const pending: Promise<boolean> = download(url, controller.signal)
    .then(
      (text): Body => {
        // Parsed once for every set of collections; a text that is not JSON stays text, for
        // the parser to say so.
        let value: unknown = text;
        try {
          if (typeof text === 'string') value = JSON.parse(text);
        } catch {
          // reported by parseCollections
        }
        return { value, loadedAt: new Date(), parsed: new Map() };
      },
      (error: unknown): LoadFailure | undefined => {
        if (error instanceof LoadError) {
          // Close the connection too: an oversized body must not keep downloading.
          controller.abort(error);
          return error.failure;
        }
        const timedOut = (controller.signal.reason as Error | undefined)?.name === 'TimeoutError';
        if (controller.signal.aborted && !timedOut) return undefined;
        return { code: timedOut ? 'timeout' : 'network' };
      },
    )
    .then((last) => {
      clearTimeout(timer);
      if (e.pending === pending) e.pending = undefined;
      if (last) e.last = last;
      return !!last;
    });
  e.controller = controller;
  e.pending = pending;
}

class LoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.code);
  }
}

// Reads the body as a stream so that an oversized feed is cut off, not downloaded whole.
async function download(url: string, signal: AbortSignal): Promise<string | Uint8Array> {
  const res = await fetch(url, {
    signal,
    credentials: 'omit',
    headers: { accept: 'application/json' },
  });
  const max = loaderSettings.maxBytes;
  const refused: LoadFailure | undefined = !res.ok
    ? { code: 'http', status: res.status }
    : Number(res.headers.get('content-length')) > max
      ? { code: 'too-large' }
      : undefined;
  if (refused) {
    // Unread, the body would still download in the background: hang up.
    void res.body?.cancel().catch(() => undefined);
    throw new LoadError(refused);
  }
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel();
      throw new LoadError({ code: 'too-large' });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Saved in Windows-1252 or UTF-16: core says so, rather than every accent shown as "�".
    return bytes;
  }
}
