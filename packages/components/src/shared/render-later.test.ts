import { expect, fixture, html } from '@open-wc/testing';
import { feed } from '../test/feeds.js';
import { deferred, json, never, stubFetch } from '../test/fetch-stub.js';
import type { FetchStub } from '../test/fetch-stub.js';
import { loadFeed, resetFeedLoader } from './feed-loader.js';
import { renderWorthwhile } from './render-later.js';

const url = 'https://feeds.example.org/club.json';
const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = () => (n-- ? requestAnimationFrame(step) : setTimeout(resolve, 50));
    step();
  });

let fetchStub: FetchStub | undefined;
afterEach(() => {
  fetchStub?.restore();
  resetFeedLoader();
});

describe('renderWorthwhile: a costly element waits for the content shown first', () => {
  it('resolves at once for an element in view, even while a feed is loading', async () => {
    fetchStub = stubFetch(never);
    void loadFeed(url).catch(() => undefined);
    const el = await fixture(html`<div style="height: 10px"></div>`);
    await renderWorthwhile(el);
  });

  it('below the fold, resolves only once the feeds being loaded have arrived', async () => {
    const d = deferred();
    fetchStub = stubFetch(d.answer);
    const loading = loadFeed(url);
    const wrap = await fixture(
      html`<div>
        <div style="height: 300vh"></div>
        <p>form</p>
      </div>`,
    );
    let done = false;
    const later = renderWorthwhile(wrap.querySelector('p')!).then(() => (done = true));
    await frames(5);
    expect(done).to.equal(false);
    d.release(json(feed()));
    await loading;
    await later;
    expect(done).to.equal(true);
  });

  it('below the fold, resolves when the element is scrolled into view', async () => {
    fetchStub = stubFetch(never);
    void loadFeed(url).catch(() => undefined);
    const wrap = await fixture(
      html`<div>
        <div style="height: 300vh"></div>
        <p>form</p>
      </div>`,
    );
    const p = wrap.querySelector('p')!;
    let done = false;
    const later = renderWorthwhile(p).then(() => (done = true));
    await frames(3);
    expect(done).to.equal(false);
    p.scrollIntoView();
    await later;
    window.scrollTo(0, 0);
  });
});
