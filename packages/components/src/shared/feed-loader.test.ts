import { expect } from '@open-wc/testing';
import { actorsReader, collectionReaders, eventsReader, projectsReader } from '@club-inne/core';
import { feed } from '../test/feeds.js';
import { deferred, json, never, stubFetch } from '../test/fetch-stub.js';
import type { FetchStub } from '../test/fetch-stub.js';
import {
  cachedFeed,
  feedsSettled,
  loadCollections,
  loadFeed,
  loaderSettings,
  resetFeedLoader,
} from './feed-loader.js';

const url = 'https://feeds.example.org/club.json';
const saved = { ...loaderSettings };
let fetchStub: FetchStub | undefined;
afterEach(() => {
  fetchStub?.restore();
  resetFeedLoader();
  Object.assign(loaderSettings, saved);
});

describe('the page-wide feed loader', () => {
  it('asks once per URL, however many callers, and without credentials', async () => {
    fetchStub = stubFetch(() => json(feed()));
    const results = await Promise.all([loadFeed(url), loadFeed(url), loadFeed(url)]);
    expect(fetchStub.calls).to.have.length(1);
    expect(fetchStub.calls[0]!.init.credentials).to.equal('omit');
    expect(results.every((r) => r.feed?.projects.length === 3)).to.equal(true);
    await loadFeed(url);
    expect(fetchStub.calls).to.have.length(1);
    expect(cachedFeed(url, Object.values(collectionReaders))?.feed?.projects).to.have.length(3);
  });

  it('hands a shared feed to its callers in the order they asked, a frame apart', async () => {
    fetchStub = stubFetch(() => json(feed()));
    // Animation frames counted while the callers wait: each caller must get the feed in a
    // later frame than the one before, so the page can paint the first element's content
    // before the next element renders.
    let frames = 0;
    let id = 0;
    const tick = () => {
      frames++;
      id = requestAnimationFrame(tick);
    };
    tick();
    const got: string[] = [];
    const callers = ['first', 'second', 'third'].map((name) =>
      loadFeed(url).then(() => (got.push(name), frames)),
    );
    await feedsSettled();
    expect(got, 'all have their feed once the feeds are settled').to.deep.equal([
      'first',
      'second',
      'third',
    ]);
    const [a, b, c] = await Promise.all(callers);
    cancelAnimationFrame(id);
    expect(b).to.be.greaterThan(a!);
    expect(c).to.be.greaterThan(b!);
  });

  it('in a hidden page, hands the feed to every caller without waiting for frames', async () => {
    fetchStub = stubFetch(() => json(feed()));
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      let frames = 0;
      const id = requestAnimationFrame(() => frames++);
      const got = await Promise.all([1, 2, 3].map(() => loadFeed(url).then(() => frames)));
      cancelAnimationFrame(id);
      expect(got).to.deep.equal([0, 0, 0]);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')).to.deep.equal(
        visibility,
      );
    }
  });

  it('aborts the request only when every caller has gone', async () => {
    fetchStub = stubFetch(never);
    const a = new AbortController();
    const b = new AbortController();
    const first = loadFeed(url, { signal: a.signal }).catch((e: unknown) => e);
    const second = loadFeed(url, { signal: b.signal }).catch((e: unknown) => e);
    await Promise.resolve();
    a.abort(new Error('first left'));
    expect(((await first) as Error).message).to.equal('first left');
    expect(fetchStub.calls[0]!.init.signal!.aborted).to.equal(false);
    b.abort(new Error('second left'));
    await second;
    expect(fetchStub.calls[0]!.init.signal!.aborted).to.equal(true);
    // A later caller starts afresh rather than joining the aborted request.
    fetchStub.restore();
    fetchStub = stubFetch(() => json(feed()));
    expect((await loadFeed(url)).feed?.projects).to.have.length(3);
  });

  it('gives up after the timeout', async () => {
    loaderSettings.timeoutMs = 30;
    fetchStub = stubFetch(never);
    const r = await loadFeed(url);
    expect(r).to.deep.include({ feed: null, failure: { code: 'timeout' } });
  });

  it('cuts off a body larger than the limit, announced or not', async () => {
    loaderSettings.maxBytes = 1000;
    fetchStub = stubFetch(() => json('x'.repeat(5000)));
    expect(await loadFeed(url)).to.deep.include({ failure: { code: 'too-large' } });
    fetchStub.restore();
    const body = new ReadableStream({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode('x'.repeat(500)));
        c.close();
      },
    });
    fetchStub = stubFetch(() => new Response(body));
    expect(await loadFeed(`${url}?2`)).to.deep.include({ failure: { code: 'too-large' } });
  });

  it('says what went wrong: HTTP status, not a feed', async () => {
    fetchStub = stubFetch(({ url: u }) =>
      u.endsWith('404') ? json('', { status: 404 }) : json('{"hello":1}'),
    );
    expect(await loadFeed(`${url}?404`)).to.deep.include({
      failure: { code: 'http', status: 404 },
    });
    const r = await loadFeed(`${url}?odd`);
    expect(r).to.deep.include({ failure: { code: 'not-a-feed' } });
    expect(r.issues[0]!.code).to.equal('not-a-feed');
  });

  it('refuses a feed saved in Windows-1252, saying so, rather than showing "�" for accents', async () => {
    // "Été", as Notepad's or Excel's "ANSI" writes it: É = 0xC9, é = 0xE9.
    const ansi = new Uint8Array([
      ...new TextEncoder().encode('{"version":1,"projects":[{"id":"ete","title":"'),
      0xc9,
      0x74,
      0xe9,
      ...new TextEncoder().encode('"}]}'),
    ]);
    fetchStub = stubFetch(
      () => new Response(ansi, { headers: { 'content-type': 'application/json' } }),
    );
    const r = await loadFeed(url);
    expect(r).to.deep.include({ feed: null, failure: { code: 'not-a-feed' } });
    expect(r.issues[0]!.message.fr).to.match(
      /pas du texte UTF-8\u202f; enregistrez le fichier en UTF-8/,
    );
    expect(r.issues[0]!.message.en).to.match(/not UTF-8 text; save the file as UTF-8/);
    // The same feed in UTF-8, with a byte order mark as Windows editors write it, is read.
    fetchStub.restore();
    fetchStub = stubFetch(() =>
      json('\ufeff{"version":1,"projects":[{"id":"ete","title":"Été"}]}'),
    );
    expect((await loadFeed(`${url}?utf8`)).feed?.projects[0]?.title).to.equal('Été');
  });

  it('keeps the last good copy, marked stale, when a refresh fails', async () => {
    let ok = true;
    fetchStub = stubFetch(() => (ok ? json(feed()) : json('', { status: 503 })));
    const first = await loadFeed(url);
    ok = false;
    const second = await loadFeed(url, { refresh: true });
    expect(second.feed).to.equal(first.feed);
    expect(second).to.deep.include({ stale: { code: 'http', status: 503 } });
    expect('loadedAt' in second && second.loadedAt).to.equal('loadedAt' in first && first.loadedAt);
  });

  it('lets a refresh join a request in flight', async () => {
    const d = deferred();
    fetchStub = stubFetch(d.answer);
    const a = loadFeed(url);
    const b = loadFeed(url, { refresh: true });
    d.release(json(feed()));
    expect((await a).feed).to.equal((await b).feed);
    expect(fetchStub.calls).to.have.length(1);
  });

  it('reads each set of collections once from the one download, with its own issues', async () => {
    const badEvent = { id: 'e', title: 'Sans date', kind: 'atelier' };
    fetchStub = stubFetch(() => json(feed({ events: [badEvent] })));
    const projects = [projectsReader, actorsReader];
    const events = [eventsReader, actorsReader];
    const [p, e, all] = await Promise.all([
      loadCollections(url, projects),
      loadCollections(url, events),
      loadFeed(url),
    ]);
    expect(fetchStub.calls).to.have.length(1);
    expect(p.feed?.projects).to.have.length(3);
    expect(p.feed?.events).to.deep.equal([]);
    expect(p.issues).to.deep.equal([]);
    expect(e.feed?.projects).to.deep.equal([]);
    expect(e.issues.map((i) => i.path)).to.deep.equal(['$.events[0].start']);
    expect(all.issues.map((i) => i.path)).to.deep.equal(['$.events[0].start']);
    // The same set, even in another array or order, gets the very same result.
    expect(await loadCollections(url, [actorsReader, projectsReader])).to.equal(p);
    expect(cachedFeed(url, projects)).to.equal(p);
    expect(fetchStub.calls).to.have.length(1);
  });

  it('keeps the last good copy for a set first asked after a refresh failed', async () => {
    let ok = true;
    fetchStub = stubFetch(() => (ok ? json(feed()) : json('', { status: 503 })));
    await loadCollections(url, [projectsReader]);
    ok = false;
    await loadCollections(url, [projectsReader], { refresh: true });
    const late = await loadCollections(url, [actorsReader]);
    expect(late.feed?.actors).to.have.length(4);
    expect(late).to.deep.include({ stale: { code: 'http', status: 503 } });
  });
});
