// Test helpers: a stand-in for `window.fetch` that records each request and answers as told.

export interface FetchCall {
  url: string;
  init: RequestInit;
}

export interface FetchStub {
  calls: FetchCall[];
  restore(): void;
}

type Answer = (call: FetchCall) => Response | Promise<Response>;

/** Replaces `window.fetch` until `restore()`; `answer` decides each response. */
export function stubFetch(answer: Answer): FetchStub {
  const original = window.fetch;
  const calls: FetchCall[] = [];
  window.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(input instanceof Request ? input.url : input), init };
    calls.push(call);
    return Promise.resolve().then(() => answer(call));
  };
  return { calls, restore: () => void (window.fetch = original) };
}

/** A JSON response, as a static host sends it. */
export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
    ...init,
  });
}

/** A response that never comes, but fails as fetch does when its signal aborts. */
export function never({ init }: FetchCall): Promise<Response> {
  return new Promise((_, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal!.reason));
  });
}

/** Responses that come when `release()` is called, in request order (early releases wait). */
export function deferred(): { answer: Answer; release(response: Response): void } {
  const waiting: ((r: Response) => void)[] = [];
  const ready: Response[] = [];
  return {
    answer: () =>
      ready.length
        ? Promise.resolve(ready.shift()!)
        : new Promise<Response>((resolve) => waiting.push(resolve)),
    release: (response) => {
      const next = waiting.shift();
      if (next) next(response);
      else ready.push(response);
    },
  };
}
