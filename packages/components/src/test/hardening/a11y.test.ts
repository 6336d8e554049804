// Accessibility a visitor notices, in Chromium with real key presses, for every element that
// `define.ts` registers: every control reached with Tab and a visible focus ring (RGAA 10.7,
// 12.8), walkthroughs of each interactive component by keyboard only (RGAA 7.3), reflow at
// 320 px without horizontal scrolling (RGAA 10.11), no text cut off or overlapping under the
// WCAG text spacing (RGAA 10.12), and live regions only around short messages (RGAA 7.5). axe
// runs on every story in scripts/test-stories-a11y.mjs.
import { expect, waitUntil } from '@open-wc/testing';
import { frameworks } from '@club-inne/core';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { defaultFeedUrl } from '../../default-feed.js';
import { resetFeedLoader } from '../../shared/feed-loader.js';
import { stubDownloads } from '../download-stub.js';
import type { DownloadStub } from '../download-stub.js';
import { never, stubFetch } from '../fetch-stub.js';
import type { FetchStub } from '../fetch-stub.js';
import { clearRendered, renderTag, setupFor, tags } from './components.js';
import { spyConsole } from './console-spy.js';
import type { ConsoleSpy } from './console-spy.js';
import { deepElements, deepText } from './dom-audit.js';
import { injectKept, withEveryUrl } from './hostile-feeds.js';

type Json = Parameters<typeof injectKept>[0];
type El = HTMLElement & { updateComplete?: Promise<unknown> };

let base: Json;
/** The club's feed as published: cards without a page to link to. */
let plain: Json;
let spy: ConsoleSpy;
let downloads: DownloadStub | undefined;
const INTERACTIVE = [
  'inne-projects',
  'inne-events',
  'inne-membership-cta',
  'inne-maturity-assessment',
];

before(async () => {
  plain = (await (await fetch(defaultFeedUrl())).json()) as Json;
  base = withEveryUrl(plain);
});
beforeEach(() => {
  spy = spyConsole();
});
afterEach(async () => {
  downloads?.restore();
  downloads = undefined;
  spy.restore();
  clearRendered();
  resetFeedLoader();
  document.querySelectorAll('[data-a11y-fence]').forEach((b) => b.remove());
  await setViewport({ width: 800, height: 600 });
});

/** Renders `tag` with the club feed (plus links), between two buttons that fence its tab stops. */
async function show(tag: string, extra: Record<string, string> = {}, feed: Json = base) {
  const [attributes, properties] = setupFor(tag, feed);
  const { el } = await renderTag(tag, feed, { lang: 'fr', ...attributes, ...extra }, properties);
  const fence = (where: 'before' | 'after') => {
    const b = document.createElement('button');
    b.textContent = where;
    b.dataset.a11yFence = where;
    el[where](b);
    return b;
  };
  return { el: el as El, first: fence('before'), last: fence('after') };
}

/** The focused element, through shadow roots. */
function focused(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

function inside(node: Node | null, host: Element): boolean {
  for (let n = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode)
    if (n === host) return true;
  return false;
}

const describeEl = (e: Element) =>
  `<${e.localName}${e.getAttribute('part') ? ` part="${e.getAttribute('part')}"` : ''}> "${(
    e.textContent ?? ''
  )
    .trim()
    .slice(0, 40)}"`;

/** Presses Tab from `first` until `last`, and returns the stops inside `host`. */
async function tabStops(host: Element, first: HTMLElement, last: HTMLElement): Promise<Element[]> {
  first.focus();
  const stops: Element[] = [];
  for (let i = 0; i < 150; i++) {
    await sendKeys({ press: 'Tab' });
    const f = focused();
    if (f === last) return stops;
    expect(f && inside(f, host), `focus left the element at stop ${i}`).to.equal(true);
    stops.push(f!);
  }
  throw new Error('more than 150 tab stops');
}

/** Why the focus of `el` is not visible (empty: it is). */
function focusProblem(el: Element): string {
  const cs = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return `${describeEl(el)} is not visible`;
  const ring = (c: CSSStyleDeclaration) =>
    (c.outlineStyle !== 'none' && parseFloat(c.outlineWidth) > 0) ||
    (c.boxShadow !== 'none' && c.boxShadow !== '');
  // A stretched link may ring its whole card with a pseudo-element; whether that ring is
  // clipped is checked on pixels by scripts/test-focus-visible.mjs.
  const pseudo = ring(getComputedStyle(el, '::after')) || ring(getComputedStyle(el, '::before'));
  // A radio or checkbox may show its ring on its label (`:has(:focus-visible)`).
  const label = el.closest('label');
  const labelRing = label && label !== el ? ring(getComputedStyle(label)) : false;
  return ring(cs) || pseudo || labelRing ? '' : `${describeEl(el)} has no focus ring`;
}

describe('keyboard: every control, in order, with a visible focus ring', () => {
  for (const tag of tags) {
    it(tag, async () => {
      const { el, first, last } = await show(tag, tag === 'inne-projects' ? { limit: '3' } : {});
      const stops = await tabStops(el, first, last);
      if (INTERACTIVE.includes(tag)) expect(stops.length, 'tab stops').to.be.greaterThan(0);
      const problems: string[] = [];
      for (const stop of stops) {
        if (stop instanceof HTMLElement) stop.focus(); // focus-visible holds: focus came by keyboard
        const p = focusProblem(stop);
        if (p) problems.push(p);
        if ((stop as HTMLElement).tabIndex > 0)
          problems.push(`${describeEl(stop)} has tabindex > 0`);
      }
      expect(problems).to.deep.equal([]);
      // And back with Shift+Tab, through the same number of stops.
      last.focus();
      let back = 0;
      await sendKeys({ down: 'Shift' });
      try {
        for (; back < 150; back++) {
          await sendKeys({ press: 'Tab' });
          if (focused() === first) break;
        }
      } finally {
        await sendKeys({ up: 'Shift' });
      }
      expect(back).to.equal(stops.length);
    });
  }
});

describe('keyboard-only walkthroughs', () => {
  /** Tabs from the start of `host` to the first stop matching `test`. */
  async function tabTo(host: Element, first: HTMLElement, test: (e: Element) => boolean) {
    first.focus();
    for (let i = 0; i < 150; i++) {
      await sendKeys({ press: 'Tab' });
      const f = focused();
      if (f && test(f)) return f;
      if (!f || !inside(f, host)) break;
    }
    throw new Error('control not reached by Tab');
  }
  const cards = (el: Element) => el.shadowRoot!.querySelectorAll('[part~="card"]');

  it('inne-projects: a filter, then "Voir plus" with Enter and Space; focus goes to the first new card', async () => {
    const { el, first } = await show('inne-projects', { limit: '3' });
    let filtered = 0;
    el.addEventListener('inne-filter-change', () => filtered++);
    const select = await tabTo(el, first, (e) => e.localName === 'select');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => filtered === 1, 'no inne-filter-change from the keyboard');
    expect((select as HTMLSelectElement).selectedIndex).to.equal(1);
    // Back to everything, still from the keyboard.
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => filtered === 2);
    const more = await tabTo(el, first, (e) => e.matches('[part~="more-button"]'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(cards(el)).to.have.length(6);
    expect(inside(focused(), cards(el)[3]!), 'focus on the first new card').to.equal(true);
    (more as HTMLElement).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(cards(el)).to.have.length(9);
  });

  it('inne-events: "Ajouter à mon agenda" and the whole list, from the keyboard', async () => {
    downloads = stubDownloads();
    const { el, first } = await show('inne-events');
    await tabTo(el, first, (e) => e.matches('[part~="add-to-calendar"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => downloads!.files.length === 1, 'no .ics offered');
    expect(downloads.files[0]!.name).to.match(/\.ics$/);
    await tabTo(el, first, (e) => e.matches('[part~="download-all"]'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => downloads!.files.length === 2, 'no agenda offered');
  });

  it('inne-membership-cta: the call to action with Enter', async () => {
    const { el, first } = await show('inne-membership-cta');
    const clicks: unknown[] = [];
    el.addEventListener('inne-cta-click', (e) => clicks.push(e.detail));
    // The test page must not follow the link.
    const stay = (e: Event) => e.preventDefault();
    document.addEventListener('click', stay, true);
    try {
      const cta = await tabTo(el, first, (e) =>
        e.matches('a[part~="primary"], button[part~="reminder"]'),
      );
      await sendKeys({ press: 'Enter' });
      if (cta.localName === 'a') await waitUntil(() => clicks.length === 1, 'no inne-cta-click');
    } finally {
      document.removeEventListener('click', stay, true);
    }
  });

  it('inne-maturity-assessment: answer with the arrow keys; the result follows', async () => {
    const { el, first } = await show('inne-maturity-assessment');
    let changes = 0;
    el.addEventListener('inne-assessment-change', () => changes++);
    const radio = (await tabTo(el, first, (e) =>
      e.matches('input[type="radio"]'),
    )) as HTMLInputElement;
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => changes > 0, 'no inne-assessment-change from the keyboard');
    const now = focused() as HTMLInputElement;
    expect(now.name).to.equal(radio.name);
    expect(now.checked).to.equal(true);
  });
});

describe('reflow at 320 px (RGAA 10.11): no horizontal scrolling', () => {
  const longWord = 'Intercommunalitéfonctionnellecoopérativeterritorialisée-Normandie';
  /** Elements wider than their host, outside any scroll container of their own. */
  function overflowing(host: Element): string[] {
    const limit = host.getBoundingClientRect().right + 1;
    const out: string[] = [];
    for (const e of deepElements(host)) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.right <= limit) continue;
      let scrolls = false;
      for (
        let n: Node | null = e.parentNode;
        n && n !== host;
        n = n instanceof ShadowRoot ? n.host : n.parentNode
      )
        if (n instanceof Element && /auto|scroll/.test(getComputedStyle(n).overflowX))
          scrolls = true;
      const hidden =
        getComputedStyle(e).clip !== 'auto' || getComputedStyle(e).position === 'absolute';
      if (!scrolls && !hidden) out.push(`${describeEl(e)} ends at ${Math.round(r.right)} px`);
    }
    return out;
  }

  for (const tag of tags) {
    it(tag, async () => {
      await setViewport({ width: 320, height: 640 });
      const long = injectKept(base, [longWord]).feed;
      for (const feed of [base, long]) {
        const { el } = await show(tag, {}, feed);
        await el.updateComplete;
        const doc = document.documentElement;
        expect(doc.scrollWidth, 'page scrollWidth').to.be.at.most(doc.clientWidth);
        expect(el.scrollWidth, 'element scrollWidth').to.be.at.most(el.clientWidth + 1);
        expect(overflowing(el)).to.deep.equal([]);
        clearRendered();
      }
    });
  }
});

describe('text spacing (RGAA 10.12, WCAG 1.4.12)', () => {
  // The WCAG 1.4.12 values, as a reader's own style sheet sets them: a user style sheet beats
  // every rule of the page, `!important` ones included. Inside each shadow root the same is had
  // with `!important` and an id's weight (`:is(*, #…)`), above the kit's own `!important` rules
  // (the `:host` reset, a badge's letter-spacing). A bookmarklet's `<style>` in the page does not
  // reach this far: the `:host` reset keeps page rules out, a theme's and a bookmarklet's alike
  // (inne-projects.test.ts › "keeps its look under a hostile theme").
  const spacing = new CSSStyleSheet();
  spacing.replaceSync(`
    :is(*, #wcag-text-spacing) {
      line-height: 1.5 !important;
      letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important;
    }
    :is(p, #wcag-text-spacing) {
      margin-bottom: 2em !important;
    }
  `);

  /** Element, part and class, and the start of its text, for a failure message. */
  const where = (e: Element) =>
    `<${e.localName}${e.getAttribute('part') ? ` part="${e.getAttribute('part')}"` : ''}${
      e.getAttribute('class') ? ` class="${e.getAttribute('class')!.trim()}"` : ''
    }> "${deepText(e).trim().slice(0, 50)}"`;

  const up = (n: Node): Node | null => (n instanceof ShadowRoot ? n.host : n.parentNode);

  /** Inside a box of 1 px that clips: text for screen readers only (`.visually-hidden`). */
  function visuallyHidden(e: Element): boolean {
    for (let n: Node | null = e; n; n = up(n)) {
      if (!(n instanceof Element)) continue;
      const r = n.getBoundingClientRect();
      const cs = getComputedStyle(n);
      if (
        r.width <= 1 &&
        r.height <= 1 &&
        (/hidden|clip/.test(cs.overflow) || cs.clipPath !== 'none')
      )
        return true;
    }
    return false;
  }

  const clips = (cs: CSSStyleDeclaration) =>
    /hidden|clip/.test(`${cs.overflowX} ${cs.overflowY}`) ||
    cs.getPropertyValue('-webkit-line-clamp') !== 'none';

  /** Text cut off by a box that clips it: its content is taller or wider than its box. */
  function cutOff(host: Element): string[] {
    const out: string[] = [];
    for (const e of deepElements(host)) {
      if (!deepText(e).trim() || !clips(getComputedStyle(e)) || visuallyHidden(e)) continue;
      // The one clamp by design: a card's summary under a title that links to the project's
      // page, which holds the whole text (docs/accessibility.md, 10.12). Without a link, the
      // summary is not clamped and is checked like any other text.
      if (
        e.matches('[part~="summary"]') &&
        e.closest('[part~="card"]')?.querySelector('[part~="title"] a[href]')
      )
        continue;
      if (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)
        out.push(
          `${where(e)} cuts off its text: ${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight}`,
        );
    }
    return out;
  }

  /** The box a text is drawn in: the nearest ancestor with a border, a background or a clip. */
  function boxOf(e: Element): Element | undefined {
    for (let n: Node | null = e; n; n = up(n)) {
      if (!(n instanceof Element)) continue;
      const cs = getComputedStyle(n);
      const bordered = ['top', 'right', 'bottom', 'left'].some(
        (side) =>
          cs.getPropertyValue(`border-${side}-style`) !== 'none' &&
          parseFloat(cs.getPropertyValue(`border-${side}-width`)) > 0,
      );
      const painted = !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(cs.backgroundColor);
      if (bordered || painted || cs.overflowX !== 'visible' || cs.overflowY !== 'visible') return n;
    }
    return undefined;
  }

  interface Run {
    el: Element;
    rects: DOMRect[];
  }

  /** The part of `rect` that the boxes around `e` that clip leave in view. */
  function visible(e: Element, rect: DOMRect): DOMRect {
    let { left, top, right, bottom } = rect;
    for (let n: Node | null = e; n; n = up(n)) {
      if (!(n instanceof Element) || !clips(getComputedStyle(n))) continue;
      const b = n.getBoundingClientRect();
      [left, top] = [Math.max(left, b.left), Math.max(top, b.top)];
      [right, bottom] = [Math.min(right, b.right), Math.min(bottom, b.bottom)];
    }
    return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
  }

  /** Each visible text node, with the boxes of its lines, as far as they are in view. */
  function texts(host: Element): Run[] {
    const runs: Run[] = [];
    for (const el of deepElements(host)) {
      // Form controls draw their own text (a select's options, a textarea that scrolls).
      if (el.closest('select, textarea') || visuallyHidden(el)) continue;
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.nodeValue?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()]
          .map((r) => visible(el, r))
          .filter((r) => r.width > 0 && r.height > 0);
        if (rects.length) runs.push({ el, rects });
      }
    }
    return runs;
  }

  /** Text that sticks out of the box it is drawn in, or is drawn over another text. */
  function overlapping(host: Element): string[] {
    const out: string[] = [];
    const runs = texts(host);
    for (const { el, rects } of runs) {
      const box = boxOf(el);
      if (
        !box ||
        /auto|scroll/.test(`${getComputedStyle(box).overflowX} ${getComputedStyle(box).overflowY}`)
      )
        continue;
      const b = box.getBoundingClientRect();
      const r = rects.find(
        (r) =>
          r.left < b.left - 1 ||
          r.right > b.right + 1 ||
          r.top < b.top - 1 ||
          r.bottom > b.bottom + 1,
      );
      if (r) out.push(`${where(el)} ends outside ${where(box)}`);
    }
    for (let i = 0; i < runs.length; i++)
      for (let j = i + 1; j < runs.length; j++)
        for (const a of runs[i]!.rects)
          for (const b of runs[j]!.rects) {
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (w > 1 && h > 1) out.push(`${where(runs[i]!.el)} overlaps ${where(runs[j]!.el)}`);
          }
    return [...new Set(out)];
  }

  /** Text the override did not reach: the check would prove nothing there. */
  function unspaced(host: Element): string[] {
    const out: string[] = [];
    for (const { el } of texts(host)) {
      const cs = getComputedStyle(el);
      const size = parseFloat(cs.fontSize);
      const off = (value: string, em: number) => Math.abs(parseFloat(value) - em * size) > 0.05;
      if (off(cs.letterSpacing, 0.12) || off(cs.wordSpacing, 0.16) || off(cs.lineHeight, 1.5))
        out.push(
          `${where(el)}: letter-spacing ${cs.letterSpacing}, word-spacing ${cs.wordSpacing}, line-height ${cs.lineHeight}`,
        );
    }
    return out;
  }

  /** Adds the text spacing in every shadow root under `host` (nested elements included). */
  function space(host: Element) {
    for (const e of deepElements(host))
      if (e.shadowRoot && !e.shadowRoot.adoptedStyleSheets.includes(spacing))
        e.shadowRoot.adoptedStyleSheets = [...e.shadowRoot.adoptedStyleSheets, spacing];
  }

  // Half the grid answered: the assessment shows its result and its radar beside the form.
  const ids = frameworks.efcEct.dimensions.flatMap((d) => d.criteria.map((c) => c.id));
  const answers = Object.fromEntries(ids.slice(0, 8).map((id, i) => [id, { level: (i % 4) + 1 }]));

  // Each layout that sets text in boxes of its own, beside the default one.
  const variants: Record<string, Record<string, string>[]> = {
    'inne-projects': [{}, { layout: 'list', limit: '3' }, { layout: 'compact' }],
    'inne-events': [{}, { 'group-by': 'month' }],
    'inne-maturity-radar': [{}, { table: 'visible' }],
  };

  for (const tag of tags) {
    it(tag, async () => {
      // With and without pages to link to: a card's summary is clamped only under a link.
      for (const feed of [base, plain])
        for (const extra of variants[tag] ?? [{}])
          for (const width of [1280, 800, 320]) {
            await setViewport({ width, height: 640 });
            const [attributes, properties] = setupFor(tag, feed);
            if (tag === 'inne-maturity-assessment') Object.assign(properties, { answers });
            const { el } = await renderTag(
              tag,
              feed,
              { lang: 'fr', ...attributes, ...extra },
              properties,
            );
            await el.updateComplete;
            space(el);
            await new Promise(requestAnimationFrame);
            await new Promise(requestAnimationFrame);
            const at = `${width} px, ${feed === base ? 'with' : 'without'} links ${JSON.stringify(extra)}`;
            expect(texts(el).length, `texts shown at ${at}`).to.be.greaterThan(0);
            expect(unspaced(el), `spacing applied at ${at}`).to.deep.equal([]);
            expect(cutOff(el), `text cut off at ${at}`).to.deep.equal([]);
            expect(overlapping(el), `text overlapping at ${at}`).to.deep.equal([]);
            clearRendered();
          }
    });
  }
});

describe('live regions only around short messages', () => {
  for (const tag of tags) {
    it(tag, async () => {
      const { el } = await show(tag);
      expect(el.getAttribute('aria-live'), 'the host is no live region').to.equal(null);
      const problems: string[] = [];
      for (const e of deepElements(el)) {
        const live =
          (e.getAttribute('aria-live') ?? 'off') !== 'off' ||
          /^(status|alert|log|marquee|timer)$/.test(e.getAttribute('role') ?? '');
        if (!live) continue;
        // A region that holds the list would be read out whole at each re-render.
        const big = e.querySelector(
          'ul, ol, li, article, table, form, fieldset, h2, h3, h4, h5, h6, [part~="card"]',
        );
        if (big) problems.push(`${describeEl(e)} holds ${describeEl(big)}`);
        if ((e.textContent ?? '').trim().length > 300)
          problems.push(`${describeEl(e)} holds a long text`);
      }
      expect(problems).to.deep.equal([]);
    });
  }
});

// Contrast themes (Windows, forced colours) replace backgrounds with the theme's own: a
// placeholder drawn only with a background vanishes, and the page shows a blank hole while the
// feed loads; a meter drawn with a gradient loses its steps (RGAA 10.1, 3.3).
describe('forced colours: nothing drawn only with a background vanishes', () => {
  let fetchStub: FetchStub | undefined;
  before(() => executeServerCommand('forced-colors', 'active'));
  after(() => executeServerCommand('forced-colors', 'none'));
  afterEach(() => fetchStub?.restore());

  for (const tag of tags) {
    it(`${tag}: the loading placeholders`, async () => {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(
        true,
      );
      fetchStub = stubFetch(never);
      const [attributes] = setupFor(tag, base);
      const { el } = await renderTag(tag, undefined, {
        lang: 'fr',
        ...attributes,
        src: 'https://feeds.example.org/slow.json',
      });
      const blocks = [
        ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="loading"] > [aria-hidden]'),
      ];
      // The assessment needs no feed for its built-in grid: it has no loading state to draw.
      if (tag === 'inne-maturity-assessment') return expect(blocks).to.have.length(0);
      expect(blocks.length, 'placeholders shown').to.be.greaterThan(0);
      for (const block of blocks) {
        const style = getComputedStyle(block);
        expect(style.borderTopStyle).to.not.equal('none');
        expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
        expect(block.getBoundingClientRect().height).to.be.greaterThan(0);
      }
    });
  }

  it('the phase meter of a card keeps its steps', async () => {
    const { el } = await show('inne-project-card');
    const steps = el.shadowRoot!.querySelector<HTMLElement>('.steps')!;
    const style = getComputedStyle(steps);
    expect(style.forcedColorAdjust).to.equal('none');
    expect(style.backgroundImage).to.match(/gradient/);
  });
});
