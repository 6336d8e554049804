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
