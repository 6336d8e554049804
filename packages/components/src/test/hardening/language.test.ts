// The language of every text a component writes is known to assistive technologies (RGAA 8.7,
// WCAG 3.1.2), even on a page in a language the kit does not speak: a screen reader picks its
// voice from `lang`, and French read with a Breton or German voice is hard to follow.
import { expect } from '@open-wc/testing';
import { defaultFeedUrl } from '../../default-feed.js';
import { resetFeedLoader } from '../../shared/feed-loader.js';
import { clearRendered, renderTag, setupFor, tags } from './components.js';
import { spyConsole } from './console-spy.js';
import type { ConsoleSpy } from './console-spy.js';
import { deepElements } from './dom-audit.js';

let feed: unknown;
let spy: ConsoleSpy;
let pageLang: string;

before(async () => {
  feed = await (await fetch(defaultFeedUrl())).json();
});
beforeEach(() => {
  spy = spyConsole();
  pageLang = document.documentElement.lang;
});
afterEach(() => {
  document.documentElement.lang = pageLang;
  spy.restore();
  clearRendered();
  resetFeedLoader();
});

/** Elements that show text of their own, and whose language is not `lang`. */
function notIn(host: Element, lang: string): string[] {
  const wrong: string[] = [];
  for (const e of deepElements(host.shadowRoot!)) {
    const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.nodeValue!.trim());
    if (own && !e.matches(`:lang(${lang})`))
      wrong.push(`<${e.localName}> "${e.textContent!.trim().slice(0, 30)}"`);
  }
  return wrong;
}

describe('language of the texts on a page in another language', () => {
  for (const tag of tags) {
    it(tag, async () => {
      document.documentElement.lang = 'br';
      const [attributes, properties] = setupFor(tag, feed);
      const { el } = await renderTag(tag, feed, attributes, properties);
      expect(el.shadowRoot!.textContent!.trim(), 'something is shown').not.to.equal('');
      expect(notIn(el, 'fr')).to.deep.equal([]);
    });
  }
});

/** The texts a feed writes in its own language: titles, summaries, labels and benefits. */
function feedTexts(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => feedTexts(v, out));
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && ['title', 'summary', 'label', 'programme'].includes(key))
        out.add(v.trim());
      else if (key === 'benefits' && Array.isArray(v)) v.forEach((b) => out.add(String(b).trim()));
      else feedTexts(v, out);
    }
  return out;
}

describe('the feed’s texts on an English page, when the feed says it is French', () => {
  for (const tag of tags) {
    it(tag, async () => {
      expect((feed as { lang?: string }).lang).to.equal('fr');
      document.documentElement.lang = 'en';
      const [attributes, properties] = setupFor(tag, feed);
      const { el } = await renderTag(tag, feed, attributes, properties);
      const fromFeed = feedTexts(feed);
      const wrong: string[] = [];
      let french = 0;
      for (const e of deepElements(el.shadowRoot!)) {
        const own = [...e.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.nodeValue!)
          .join('')
          .trim();
        if (!own) continue;
        // "S'inscrire – <title>": the hidden end of a repeated button names its item.
        const lang = fromFeed.has(own.replace(/^– /, '')) ? 'fr' : 'en';
        if (lang === 'fr') french++;
        if (!e.matches(`:lang(${lang})`))
          wrong.push(`<${e.localName}> "${own.slice(0, 30)}" ≠ ${lang}`);
      }
      expect(wrong).to.deep.equal([]);
      // The radar and the assessment show the grid's texts, in English, and no feed text.
      if (tag !== 'inne-maturity-radar' && tag !== 'inne-maturity-assessment')
        expect(french, 'feed texts shown').to.be.greaterThan(0);
    });
  }
});
