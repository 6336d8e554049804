// Security rules 1–4 and 8, proven on every element `define.ts` registers: a hostile corpus in
// every string field of the club's feed (plus every URL field the schema knows), rendered, and
// the resulting DOM audited through every shadow root.
import { expect } from '@open-wc/testing';
import { collectionNames, emptyFeed, parseFeed } from '@club-inne/core';
import type { Feed } from '@club-inne/core';
import { defaultFeedUrl } from '../../default-feed.js';
import { resetFeedLoader } from '../../shared/feed-loader.js';
import { clearRendered, globalsAdded, renderTag, setupFor, setups, tags } from './components.js';
import type { Rendered } from './components.js';
import { spyConsole } from './console-spy.js';
import type { ConsoleSpy } from './console-spy.js';
import { dangerousUrls, installTrap, textPayloads, validHostileUrls } from './corpus.js';
import type { Trap } from './corpus.js';
import { auditBidi, auditElement, auditJsonLd, deepElements, deepText } from './dom-audit.js';
import {
  counts,
  injectEverywhere,
  injectKept,
  injectUrls,
  tamperUrls,
  urlFields,
  withEveryUrl,
} from './hostile-feeds.js';

type Json = Parameters<typeof injectKept>[0];
type Fields = ReturnType<typeof injectKept>['injected'];

let base: Json;
let baseCounts: Record<string, number>;
/** The fields that keep any text, and those that keep an https URL. */
let textFields: Fields;
let urlFieldsKept: Fields;
let trap: Trap;
let spy: ConsoleSpy;
const page = { head: 0, body: 0, cookie: '', storage: 0 };

before(async () => {
  const club = (await (await fetch(defaultFeedUrl())).json()) as Json;
  base = withEveryUrl(club);
  baseCounts = counts(base);
  const longest = textPayloads.reduce((a, b) => (b.length > a.length ? b : a));
  textFields = injectKept(base, [longest]).injected;
  urlFieldsKept = injectKept(base, validHostileUrls).injected;
  page.head = document.head.childElementCount;
  page.body = document.body.childElementCount + 1; // the test container
  page.cookie = document.cookie;
  page.storage = localStorage.length + sessionStorage.length;
});
beforeEach(() => {
  trap = installTrap();
  spy = spyConsole();
});
afterEach(() => {
  spy.restore();
  trap.restore();
  clearRendered();
  resetFeedLoader();
});

const settle = () => new Promise((r) => setTimeout(r, 30));
const show = (s: string) => JSON.stringify(s);
const sizes = (feed: Feed) =>
  Object.fromEntries(
    Object.entries(feed).flatMap(([k, v]) => (Array.isArray(v) ? [[k, v.length]] : [])),
  );

/** The base feed's counts for the collections `el` reads, none for the others. */
function countsRead(el: HTMLElement): Record<string, number> {
  const read = (el as unknown as { collections: readonly { name: string }[] }).collections;
  return Object.fromEntries(
    collectionNames.map((n) => [n, read.some((c) => c.name === n) ? baseCounts[n]! : 0]),
  );
}

/** Renders `feed` with every tag, then checks everything the rules promise. */
async function renderAll(
  feed: Json,
  label: string,
  o: { debug?: boolean; texts?: readonly string[]; whole?: boolean } = {},
): Promise<void> {
  const shown: Rendered[] = [];
  for (const tag of tags) {
    const [attributes, properties] = setupFor(tag, feed);
    if (o.debug) attributes.debug = '';
    shown.push(await renderTag(tag, feed, attributes, properties));
  }
  await settle(); // an <img onerror> would have fired by now
  for (const { el, loaded } of shown) {
    const what = `${el.localName} with ${label}`;
    if (o.whole && loaded)
      expect(sizes(loaded.feed), `${what}: every item kept`).to.deep.equal(countsRead(el));
    checkElement(el, loaded?.feed ?? emptyFeed(), what);
  }
  // Each payload shows, as text, in at least one element (where a shown field got it).
  const text = shown.map(({ el }) => deepText(el)).join(' ');
  // As parseFeed keeps texts: trimmed, without direction controls (tidyText).
  const shownAs = (payload: string) =>
    payload
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
      .trim()
      .replace(/\s+/g, ' ');
  for (const payload of o.texts ?? [])
    expect(text, `${show(payload)} shows as text`).to.include(shownAs(payload));
  checkPage(label);
}

function checkElement(el: HTMLElement, parsed: Feed, what: string): void {
  expect([...auditElement(el), ...auditJsonLd(el), ...auditBidi(el)], what).to.deep.equal([]);
  const items = setups[el.localName]?.items;
  if (!items) return;
  const found = [...deepElements(el)].filter((e) => e !== el && e.matches(items.selector));
  expect(found.length, `${what}: items shown`).to.equal(items.count(parsed, el));
}

function checkPage(label: string): void {
  expect(trap.calls, `nothing runs (${label})`).to.deep.equal([]);
  expect(spy.pageErrors, `no page error (${label})`).to.deep.equal([]);
  expect(document.head.childElementCount, 'nothing written in <head>').to.equal(page.head);
  expect(document.body.childElementCount, 'nothing written in <body>').to.equal(page.body);
}

describe('hostile feeds, in every element', () => {
  it('covers every element define.ts registers, and they add no globals', () => {
    expect(tags).to.include.members(['inne-projects', 'inne-project-card']);
    expect(
      globalsAdded.filter(
        (g) => !/^(lit\w*|reactiveElement\w*)Versions$|^litIssuedWarnings$/.test(g),
      ),
    ).to.deep.equal([]);
  });

  it('starts from a clean feed with a URL in every URL field the schema knows', () => {
    expect(parseFeed(base).issues).to.deep.equal([]);
    expect(urlFields(base).length).to.be.greaterThan(20);
    expect(baseCounts.projects).to.be.greaterThan(3);
    expect(baseCounts.events).to.be.greaterThan(0);
    expect(baseCounts.membership).to.be.greaterThan(0);
    // Text goes into names, titles, summaries, tags…; https URLs also into every URL field.
    expect(textFields.length).to.be.greaterThan(60);
    expect(urlFieldsKept.length).to.be.greaterThan(textFields.length + 20);
  });

  // Each payload list goes into every field in turn (field i gets payload i + turn): a few
  // turns put every payload in many fields of every kind, at a fraction of the renders.
  const turns = [0, 1, 2];

  describe('markup in every text field: shown as text, never run', () => {
    for (const turn of turns) {
      it(`text payloads, turn ${turn}`, async () => {
        const { feed, injected } = injectKept(base, textPayloads, { fields: textFields, turn });
        expect(injected.length, 'every text field keeps its payload').to.equal(textFields.length);
        await renderAll(feed, `text payloads, turn ${turn}`, { texts: textPayloads, whole: true });
      });
    }
    it('https URLs carrying markup, in every text and URL field', async () => {
      const { feed, injected } = injectKept(base, validHostileUrls, { fields: urlFieldsKept });
      expect(injected.length).to.equal(urlFieldsKept.length);
      await renderAll(feed, 'https URLs with markup', { texts: validHostileUrls, whole: true });
    });
  });

  describe('dangerous URLs: no attribute, the valid items still shown', () => {
    for (const turn of turns.slice(0, 2)) {
      it(`as text in every text field, turn ${turn}`, async () => {
        const { feed } = injectKept(base, dangerousUrls, { fields: textFields, turn });
        await renderAll(feed, `dangerous URLs as text, turn ${turn}`, { whole: true });
      });
      it(`in every URL field, refused by the schema, turn ${turn}`, async () => {
        const feed = injectUrls(base, dangerousUrls, turn);
        // An address to register, join or pay costs its item; an image or a web address of
        // the item costs that field only, and never reaches the page.
        expect(counts(feed).events, 'events with a bad URL drop out').to.be.lessThan(
          baseCounts.events!,
        );
        expect(counts(feed).projects, 'projects stay without their bad URL').to.equal(
          baseCounts.projects,
        );
        await renderAll(feed, `dangerous URLs in URL fields, turn ${turn}`, { debug: true });
      });
      it(`in every URL field after parsing: the renderer does not rely on the schema, turn ${turn}`, async () => {
        const input = structuredClone(base);
        // Elements reading the same collections share one parsed copy; each set is tampered once.
        const tampered = new Map<string, Feed>();
        let fields = 0;
        for (const tag of tags) {
          const [attributes, properties] = setupFor(tag, input);
          const first = await renderTag(tag, input, attributes, properties);
          if (!first.loaded) continue; // an element that shows no feed
          const parsed = first.loaded.feed;
          if (![...tampered.values()].includes(parsed))
            fields += tamperUrls(parsed, dangerousUrls, turn);
          tampered.set(tag, parsed);
          // A new element given the same object reuses its parsed copy: the tampered one.
          const second = await renderTag(tag, input, attributes, properties);
          expect(second.loaded?.feed, `${tag} renders the tampered feed`).to.equal(parsed);
        }
        expect(tampered.size, 'at least one element loaded the feed').to.be.greaterThan(0);
        expect(fields).to.be.greaterThan(20);
        await settle();
        for (const el of document.querySelectorAll<HTMLElement>(tags.join(',')))
          checkElement(
            el,
            tampered.get(el.localName) ?? emptyFeed(),
            `${el.localName} with tampered URLs`,
          );
        checkPage('tampered URLs');
      });
    }
  });

  describe('every field spoiled at once, with the debug panel open', () => {
    const sample = [textPayloads[0]!, textPayloads[2]!, textPayloads[10]!, textPayloads[14]!];
    for (const payload of [...sample, dangerousUrls[0]!, dangerousUrls[6]!]) {
      it(show(payload), async () => {
        await renderAll(injectEverywhere(base, payload), show(payload), { debug: true });
      });
    }
  });

  it('leaves no cookie and no storage behind', () => {
    expect(document.cookie).to.equal(page.cookie);
    expect(localStorage.length + sessionStorage.length).to.equal(page.storage);
  });
});
