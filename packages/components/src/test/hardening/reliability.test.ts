// Security rule 7 and the loader's promises, against real HTTP: the dev server's /__test__/
// routes (scripts/lib/test-routes.mjs) time out, fail, truncate, trickle and flood. Every case
// must end in a state a visitor understands, one console report for the webmaster, and no page
// error. The loader's logic alone is unit-tested in shared/feed-loader.test.ts.
import { expect, waitUntil } from '@open-wc/testing';
import { loaderSettings, resetFeedLoader } from '../../shared/feed-loader.js';
import type { LoadFailure } from '../../shared/feed-loader.js';
import type { InneLoadDetail } from '../../shared/events.js';
import '../../projects/define.js';
import type { InneProjects } from '../../projects/inne-projects.js';
import { projectsTexts } from '../../projects/projects-texts.js';
import { spyConsole } from './console-spy.js';
import type { ConsoleSpy } from './console-spy.js';
import { deepText } from './dom-audit.js';

const { fr } = projectsTexts;
const saved = { ...loaderSettings };
let spy: ConsoleSpy;
let container: HTMLElement;
let run = 0;
beforeEach(() => {
  spy = spyConsole();
  container = document.body.appendChild(document.createElement('div'));
  run++;
});
afterEach(() => {
  container.remove();
  spy.restore();
  resetFeedLoader();
  Object.assign(loaderSettings, saved);
});

/** A key unique to this test, so the server's counts start at zero. */
const key = (name: string) => `${name}-${run}-${Date.now()}`;
const text = (el: Element) => deepText(el.shadowRoot!);
const cards = (el: Element) => el.shadowRoot!.querySelectorAll('[part~="card"]');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function hits(k: string): Promise<{ hits: number; aborted: number }> {
  return (await fetch(`/__test__/hits?key=${k}`)).json() as Promise<{
    hits: number;
    aborted: number;
  }>;
}

function mount(src: string, attributes: Record<string, string> = {}): InneProjects {
  const el = document.createElement('inne-projects');
  el.setAttribute('lang', 'fr');
  el.setAttribute('src', src);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  container.append(el);
  return el;
}

async function settled(el: InneProjects, timeout = 10_000): Promise<void> {
  const root = el.shadowRoot!;
  await waitUntil(
    () => root.querySelector('[part~="base"]') && !root.querySelector('[part~="loading"]'),
    'still loading',
    { timeout },
  );
  await el.updateComplete;
}

/** The console reports about `el`: each is a collapsed group whose first line is the element. */
function reports(el: Element): string[][] {
  const out: string[][] = [];
  spy.calls.forEach((c, i) => {
    if (c.method !== 'groupCollapsed' || spy.calls[i + 1]?.args[0] !== el) return;
    const lines: string[] = [];
    for (let j = i + 2; j < spy.calls.length && spy.calls[j]!.method !== 'groupEnd'; j++)
      lines.push(spy.calls[j]!.args.map(String).join(' '));
    out.push(lines);
  });
  return out;
}

/** The error state a visitor sees, one console report that says why, no page error. */
async function expectFailure(el: InneProjects, failure: LoadFailure): Promise<void> {
  await settled(el);
  expect(text(el)).to.include(fr.state.error);
  expect(el.shadowRoot!.querySelector('[part~="error"] button')?.textContent?.trim()).to.equal(
    fr.state.retry,
  );
  const r = reports(el);
  expect(r, 'one console report').to.have.length(1);
  expect(r[0]!.join('\n')).to.include(fr.report.failure(failure));
  expect(spy.pageErrors).to.deep.equal([]);
}

describe('feeds from misbehaving servers', () => {
  it('a server that never answers: the timeout, and the request is dropped', async () => {
    loaderSettings.timeoutMs = 400;
    const k = key('never');
    const el = mount(`/__test__/never?key=${k}`);
    await expectFailure(el, { code: 'timeout' });
    await waitUntil(async () => (await hits(k)).aborted === 1, 'request not aborted');
  });

  for (const code of [404, 500]) {
    it(`HTTP ${code}`, async () => {
      await expectFailure(mount(`/__test__/status?code=${code}`), { code: 'http', status: code });
    });
  }

  it('malformed JSON', async () => {
    await expectFailure(mount('/__test__/malformed'), { code: 'not-a-feed' });
  });

  it('a body cut off by a dropped connection', async () => {
    await expectFailure(mount('/__test__/truncated'), { code: 'network' });
  });

  it('an HTML page instead of a feed (text/html)', async () => {
    const el = mount('/__test__/html');
    await expectFailure(el, { code: 'not-a-feed' });
    expect(text(el)).not.to.include('Oups');
  });

  for (const announce of ['1', '0']) {
    it(`a 10 MB body${announce === '1' ? ', announced' : ' without content-length'}: refused, not downloaded whole`, async () => {
      const k = key('huge');
      const el = mount(`/__test__/huge?announce=${announce}&key=${k}`);
      await expectFailure(el, { code: 'too-large' });
      await waitUntil(async () => (await hits(k)).aborted === 1, 'download not stopped', {
        timeout: 5000,
      });
    });
  }

  it('a slow trickle that ends in time is shown', async () => {
    const el = mount('/__test__/trickle?n=3&size=100&every=40');
    await settled(el);
    expect(cards(el)).to.have.length(3);
    expect(reports(el)).to.deep.equal([]);
  });

  it('a trickle slower than the timeout fails cleanly', async () => {
    loaderSettings.timeoutMs = 600;
    const k = key('trickle');
    const el = mount(`/__test__/trickle?n=3&size=8&every=200&key=${k}`);
    await expectFailure(el, { code: 'timeout' });
    await waitUntil(async () => (await hits(k)).aborted === 1, 'request not aborted');
  });
});

describe('requests in flight', () => {
  it('src changed mid-flight: the old request is aborted, its late answer never shown', async () => {
    const old = key('old');
    const el = mount(`/__test__/feed?delay=600&title=Ancien&key=${old}`);
    await waitUntil(async () => (await hits(old)).hits === 1);
    el.src = '/__test__/feed?title=Nouveau';
    await settled(el);
    expect(text(el)).to.include('Nouveau 1');
    await waitUntil(async () => (await hits(old)).aborted === 1, 'old request not aborted');
    await sleep(700);
    expect(text(el)).not.to.include('Ancien');
    expect(spy.pageErrors).to.deep.equal([]);
  });

  it('element removed mid-flight: the request is aborted, nothing is reported', async () => {
    const k = key('removed');
    const el = mount(`/__test__/feed?delay=600&key=${k}`);
    await waitUntil(async () => (await hits(k)).hits === 1);
    el.remove();
    await waitUntil(async () => (await hits(k)).aborted === 1, 'request not aborted');
    await sleep(100);
    expect(reports(el)).to.deep.equal([]);
    expect(spy.calls.filter((c) => c.method === 'error')).to.deep.equal([]);
    expect(spy.pageErrors).to.deep.equal([]);
  });

  it('element moved or put back mid-flight (a theme re-parents it): the feed is still shown', async () => {
    const k = key('moved');
    const el = mount(`/__test__/feed?delay=300&key=${k}`);
    let loads = 0;
    el.addEventListener('inne-load', () => loads++);
    await waitUntil(async () => (await hits(k)).hits === 1);
    const other = container.appendChild(document.createElement('section'));
    other.append(el); // moved: disconnected, then connected again
    await settled(el);
    expect(cards(el)).to.have.length(3);
    const back = key('back');
    el.setAttribute('src', `/__test__/feed?delay=300&key=${back}`);
    await waitUntil(async () => (await hits(back)).hits === 1);
    el.remove();
    await sleep(50);
    container.append(el); // taken out, then put back later
    await settled(el);
    expect(cards(el)).to.have.length(3);
    container.append(el); // moved once shown: nothing is downloaded or announced again
    await el.updateComplete;
    await sleep(100);
    expect(loads).to.equal(2);
    expect(await hits(back)).to.deep.include({ hits: 2 });
    expect(spy.pageErrors).to.deep.equal([]);
  });

  it('five elements on one src: one request', async () => {
    const k = key('five');
    const all = [1, 2, 3, 4, 5].map(() => mount(`/__test__/feed?delay=100&key=${k}`));
    for (const el of all) await settled(el);
    for (const el of all) expect(cards(el)).to.have.length(3);
    expect(await hits(k)).to.deep.equal({ hits: 1, aborted: 0 });
  });

  it('a refresh that fails after a success keeps the last good data, with its date', async () => {
    const k = key('flaky');
    const el = mount(`/__test__/flaky?key=${k}`);
    let loaded: InneLoadDetail | undefined;
    el.addEventListener('inne-load', (e) => (loaded = e.detail));
    await settled(el);
    expect(cards(el)).to.have.length(3);
    const first = loaded!.loadedAt!;
    el.refresh();
    await waitUntil(() => loaded?.stale, 'no stale load after the refresh', { timeout: 5000 });
    await el.updateComplete;
    expect(cards(el)).to.have.length(3);
    expect(text(el)).to.include('Stable 1');
    expect(loaded!.loadedAt).to.equal(first);
    // `text` reads no-break spaces as spaces, as the page shows them.
    expect(text(el)).to.include(fr.state.stale(first).replace(/\s+/g, ' '));
    expect(await hits(k)).to.deep.include({ hits: 2 });
    const r = reports(el);
    expect(r, 'one console report, for the failed refresh').to.have.length(1);
    expect(r[0]!.join('\n')).to.include(fr.report.failure({ code: 'http', status: 503 }));
    expect(spy.pageErrors).to.deep.equal([]);
  });
});

describe('a 10,000-project feed', () => {
  it('stays responsive, and `limit` keeps the DOM small', async () => {
    const longest = { value: 0 };
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest.value = Math.max(longest.value, e.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    // A frame callback must keep coming while the feed loads and renders.
    let frames = 0;
    let worstGap = 0;
    let last = performance.now();
    let ticking = true;
    const tick = () => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
      frames++;
      if (ticking) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const el = mount('/__test__/feed?n=10000', { limit: '20' });
    await settled(el, 30_000);
    ticking = false;
    observer.disconnect();
    expect(cards(el)).to.have.length(20);
    expect(el.shadowRoot!.querySelectorAll('*').length, 'DOM size').to.be.below(1500);
    expect(text(el)).to.include(fr.projects.shownOf(20, 10_000).replace(/\s+/g, ' '));
    // Generous on a shared 2-core CI machine: parsing 10,000 items is one task, but it must
    // not freeze the page for seconds.
    expect(worstGap, `longest frame gap (long task ${Math.round(longest.value)} ms)`).to.be.below(
      4000,
    );
    expect(frames).to.be.greaterThan(1);
    // "Voir plus" answers at once.
    const started = performance.now();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]')!.click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(40);
    expect(performance.now() - started).to.be.below(1000);
    expect(spy.pageErrors).to.deep.equal([]);
  });
});
