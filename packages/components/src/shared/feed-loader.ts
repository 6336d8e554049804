import { limits, parseFeed } from '@club-inne/core';
import type { Feed, FeedIssue } from '@club-inne/core';
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

interface Entry {
  pending?: Promise<LoadResult | undefined>;
  controller?: AbortController;
  users: number;
  result?: LoadResult;
  good?: LoadedFeed;
}

// Page-wide on purpose: one request per URL however many elements show it.
const entries = new Map<string, Entry>();

/**
 * The feed at `url`, fetched once per page and shared by every element that asks. The request
 * is aborted when every element waiting for it has gone (`signal`); a failed refresh gives the
 * last good copy marked `stale`. Never rejects except with the caller's own abort reason.
 */
export function loadFeed(
  url: string,
  { signal, refresh = false }: { signal?: AbortSignal; refresh?: boolean } = {},
): Promise<LoadResult> {
  let entry = entries.get(url);
  if (!entry) entries.set(url, (entry = { users: 0 }));
  const e = entry;
  if (!e.pending && e.result && !refresh) return Promise.resolve(e.result);
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
    // `undefined` only comes from an abort, and then `leave` has already run. Callers get
    // the feed one per task (`inTurn`), so that each can render and be painted in turn.
    void e.pending!.then((r) => r && inTurn(() => leave() && resolve(r)));
  });
}

/** The result already at hand for `url`, if any: lets a new element render it at once. */
export function cachedFeed(url: string): LoadResult | undefined {
  const e = entries.get(url);
  return e && !e.pending ? e.result : undefined;
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
  const pending: Promise<LoadResult | undefined> = download(url, controller.signal)
    .then(
      (text): LoadResult => {
        const { feed, issues } = parseFeed(text);
        if (feed) return (e.good = { feed, issues, loadedAt: new Date() });
        return { feed, issues, failure: { code: 'not-a-feed' } };
      },
      (error: unknown): LoadResult | undefined => {
        let failure: LoadFailure;
        if (error instanceof LoadError) {
          // Close the connection too: an oversized body must not keep downloading.
          controller.abort(error);
          failure = error.failure;
        } else {
          const timedOut = (controller.signal.reason as Error | undefined)?.name === 'TimeoutError';
          if (controller.signal.aborted && !timedOut) return undefined;
          failure = { code: timedOut ? 'timeout' : 'network' };
        }
        return e.good ? { ...e.good, stale: failure } : { feed: null, issues: [], failure };
      },
    )
    .then((result) => {
      clearTimeout(timer);
      if (e.pending === pending) e.pending = undefined;
      if (result) e.result = result;
      return result;
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
async function download(url: string, signal: AbortSignal): Promise<string> {
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
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > max) {
      void reader.cancel();
      throw new LoadError({ code: 'too-large' });
    }
    text += decoder.decode(value, { stream: true });
  }
}
