import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  efcEctDefinition,
  emptyFeed,
  parseFeed,
  projectStages,
  serializeJsonLd,
  toJsonLd,
} from '@club-inne/core';
import { resetFeedLoader } from '../shared/feed-loader.js';
import { actors, feed, manyProjects, partialFeed, projects } from '../test/feeds.js';
import { deferred, json, never, stubFetch } from '../test/fetch-stub.js';
import type { FetchStub } from '../test/fetch-stub.js';
import '../events/define.js';
import './define.js';
import type { InneProjects } from './inne-projects.js';

const root = (el: Element) => el.shadowRoot!;
const cards = (el: Element) => [...root(el).querySelectorAll('.card')];
const titles = (el: Element) =>
  cards(el).map((c) => c.querySelector('.title')!.textContent!.trim());
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');

async function settled(el: InneProjects): Promise<InneProjects> {
  await waitUntil(() => !root(el).querySelector('[part~="loading"]'), 'still loading');
  await el.updateComplete;
  return el;
}

let fetchStub: FetchStub | undefined;
afterEach(() => {
  fetchStub?.restore();
  fetchStub = undefined;
  resetFeedLoader();
  document.documentElement.lang = 'en';
});

describe('<inne-projects>', () => {
  it('is accessible, with the cards and their filter bar', async function () {
    this.timeout(30000); // axe is slow on a loaded machine
    const el = await fixture<InneProjects>(
      html`<inne-projects filters limit="2" .feed=${feed()}></inne-projects>`,
    );
    await expect(el).to.be.accessible();
    document.documentElement.lang = 'fr';
  });

  describe('data sources, first match wins', () => {
    it('shows the projects of the .feed property at once, without a request', async () => {
      fetchStub = stubFetch(never);
      const el = await fixture<InneProjects>(
        html`<inne-projects lang="fr" .feed=${feed()}></inne-projects>`,
      );
      expect(titles(el)).to.deep.equal(projects.map((p) => p.title));
      expect(fetchStub.calls).to.have.length(0);
    });

    it('reads an inline JSON script, and prefers .feed to it', async () => {
      const inline = JSON.stringify(feed({ projects: [projects[1]] }));
      const el = await fixture<InneProjects>(
        html`<inne-projects src="https://example.org/ignored.json"
          ><script type="application/json">
            ${inline}
          </script></inne-projects
        >`,
      );
      expect(titles(el)).to.deep.equal([projects[1]!.title]);
      el.feed = feed({ projects: [projects[2]] });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([projects[2]!.title]);
    });

    it('reads a feed an editor wrapped in a <p>, and names a script it cannot read', async () => {
      fetchStub = stubFetch(() => json(feed()));
      const inline = JSON.stringify(feed({ projects: [projects[1]] }));
      const wrapped = await fixture<InneProjects>(
        html`<inne-projects lang="en" debug
          ><p>
            <script type="application/json">
              ${inline}
            </script>
          </p></inne-projects
        >`,
      );
      expect(titles(wrapped)).to.deep.equal([projects[1]!.title]);
      await wrapped.updateComplete; // its JSON-LD is written: no feed, and not reported
      wrapped.requestUpdate();
      await wrapped.updateComplete;
      const debug = (el: Element) => root(el).querySelector('[part~="debug"]')!.textContent!;
      expect(debug(wrapped)).to.contain('No problem.');

      // Another type: the club's feed is shown, as before, but no longer without a word.
      const other = await fixture<InneProjects>(
        html`<inne-projects lang="en" debug
          ><script type="text/json">
            ${inline}
          </script></inne-projects
        >`,
      );
      await settled(other);
      expect(debug(other).replace(/\s+/g, ' ')).to.contain(
        'Debug: 1 thing to check Source: Club Inné feed',
      );
      expect(debug(other)).to.contain(
        'type="text/json" is not recognised (expected: application/json): value ignored.',
      );
    });

    it('fetches src without credentials, and shows a placeholder meanwhile', async () => {
      const d = deferred();
      fetchStub = stubFetch(d.answer);
      const el = await fixture<InneProjects>(
        html`<inne-projects src="/feeds/a.json"></inne-projects>`,
      );
      expect(root(el).querySelector('[part~="loading"]')).not.to.equal(null);
      await waitUntil(() => fetchStub!.calls.length === 1);
      expect(fetchStub.calls[0]!.url).to.equal(new URL('/feeds/a.json', location.href).href);
      expect(fetchStub.calls[0]!.init.credentials).to.equal('omit');
      d.release(json(feed()));
      await settled(el);
      expect(cards(el)).to.have.length(3);
    });

    it('falls back to the club feed beside the module', async () => {
      fetchStub = stubFetch(() => json(feed()));
      const el = await settled(await fixture<InneProjects>(html`<inne-projects></inne-projects>`));
      expect(fetchStub.calls[0]!.url).to.match(/\/club-inne\.feed\.json$/);
      expect(cards(el)).to.have.length(3);
    });

    it('shows the real club feed on a bare tag', async () => {
      const el = await settled(await fixture<InneProjects>(html`<inne-projects></inne-projects>`));
      expect(titles(el)).to.include('Le Champ des possibles');
      expect(root(el).querySelector('[part~="error"]')).to.equal(null);
    });
  });

  describe('loading', () => {
    it('makes one request for five elements on the same src', async () => {
      fetchStub = stubFetch(() => json(feed()));
      const wrapper = await fixture(
        html`<div>
          ${[1, 2, 3, 4, 5].map(() => html`<inne-projects src="/same.json"></inne-projects>`)}
        </div>`,
      );
      const all = [...wrapper.querySelectorAll('inne-projects')];
      await Promise.all(all.map(settled));
      expect(fetchStub.calls).to.have.length(1);
      for (const el of all) expect(cards(el)).to.have.length(3);
    });

    it('shares one request with an agenda on the same src, each reporting only what it reads', async () => {
      const badEvent = { id: 'e', title: 'Sans date', kind: 'atelier' };
      fetchStub = stubFetch(() => json(feed({ events: [badEvent] })));
      const wrapper = await fixture(
        html`<div>
          <inne-projects src="/same.json" debug></inne-projects>
          <inne-events src="/same.json" debug></inne-events>
        </div>`,
      );
      const list = await settled(wrapper.querySelector('inne-projects')!);
      const agenda = wrapper.querySelector('inne-events')!;
      await waitUntil(() => !agenda.shadowRoot!.querySelector('[part~="loading"]'));
      expect(fetchStub.calls).to.have.length(1);
      expect(cards(list)).to.have.length(3);
      expect(root(list).querySelector('[part~="debug"]')!.textContent).not.to.contain('events');
      expect(agenda.shadowRoot!.querySelector('[part~="debug"]')!.textContent).to.contain(
        '$.events[0].start',
      );
    });

    it('aborts the request when src changes, and a late answer never replaces the newer one', async () => {
      const d = deferred();
      fetchStub = stubFetch(d.answer);
      const el = await fixture<InneProjects>(html`<inne-projects src="/old.json"></inne-projects>`);
      await waitUntil(() => fetchStub!.calls.length === 1);
      el.src = '/new.json';
      await el.updateComplete;
      await waitUntil(() => fetchStub!.calls.length === 2);
      expect(fetchStub.calls[0]!.init.signal!.aborted).to.equal(true);
      d.release(json(feed({ projects: [projects[0]] }))); // the old one, late
      d.release(json(feed({ projects: [projects[1]] })));
      await settled(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(titles(el)).to.deep.equal([projects[1]!.title]);
    });

    it('aborts the request when the element is removed', async () => {
      fetchStub = stubFetch(never);
      const el = await fixture<InneProjects>(
        html`<inne-projects src="/slow.json"></inne-projects>`,
      );
      await waitUntil(() => fetchStub!.calls.length === 1);
      el.remove();
      expect(fetchStub.calls[0]!.init.signal!.aborted).to.equal(true);
    });

    it('says calmly that data is unavailable, fires inne-error, and retries on request', async () => {
      let ok = false;
      fetchStub = stubFetch(() => (ok ? json(feed()) : json('oops', { status: 500 })));
      const el = await fixture<InneProjects>(
        html`<inne-projects lang="fr" src="/down.json"></inne-projects>`,
      );
      const { detail } = await oneEvent(el, 'inne-error');
      expect(detail.failure).to.deep.equal({ code: 'http', status: 500 });
      expect(text(el)).to.contain('ne sont pas disponibles pour le moment');
      expect(text(el)).not.to.contain('500');
      ok = true;
      root(el).querySelector<HTMLButtonElement>('[part~="error"] button')!.click();
      await oneEvent(el, 'inne-load');
      await el.updateComplete;
      expect(cards(el)).to.have.length(3);
    });

    it('keeps focus in the element and announces a retry that fails again', async () => {
      let answer = (): Response | Promise<Response> => json('oops', { status: 500 });
      fetchStub = stubFetch(() => answer());
      const el = await fixture<InneProjects>(
        html`<inne-projects lang="fr" src="/down.json"></inne-projects>`,
      );
      await oneEvent(el, 'inne-error');
      await el.updateComplete;
      const live = root(el).querySelector('[role="status"]')!;
      const said: string[] = [];
      // A screen reader reads what changes in a live region that was already there.
      const observer = new MutationObserver((records) =>
        records.forEach((r) => r.addedNodes.forEach((n) => said.push(n.textContent!.trim()))),
      );
      observer.observe(live, { childList: true, subtree: true });
      const later = deferred();
      answer = () => later.answer({ url: '', init: {} });
      root(el).querySelector<HTMLButtonElement>('[part~="error"] button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root(el).querySelector('[part~="loading"]')).not.to.equal(null);
      // Compared as text: a failing comparison of two elements is too big to report.
      const where = (e: Element | null) => (e ? `<${e.localName} class="${e.className}">` : '');
      expect(where(root(el).activeElement)).to.equal(where(root(el).querySelector('.root')));
      const failed = oneEvent(el, 'inne-error');
      later.release(json('oops', { status: 500 }));
      await failed;
      await el.updateComplete;
      observer.disconnect();
      expect(root(el).querySelector('[role="status"]') === live, 'the same live region').to.equal(
        true,
      );
      expect(said.join(' ')).to.contain('ne sont pas disponibles pour le moment');
      answer = () => json(feed());
      root(el).querySelector<HTMLButtonElement>('[part~="error"] button')!.focus();
      const loaded = oneEvent(el, 'inne-load');
      await sendKeys({ press: 'Enter' });
      await loaded;
      await el.updateComplete;
      expect(cards(el)).to.have.length(3);
      expect(where(root(el).activeElement)).to.equal(where(root(el).querySelector('.root')));
    });

    it('keeps the last good data with its date when a refresh fails', async () => {
      let ok = true;
      fetchStub = stubFetch(() =>
        ok ? json(feed()) : Promise.reject(new TypeError('Failed to fetch')),
      );
      const el = await settled(
        await fixture<InneProjects>(html`<inne-projects lang="fr" src="/f.json"></inne-projects>`),
      );
      ok = false;
      el.refresh();
      const { detail } = await oneEvent(el, 'inne-load');
      await el.updateComplete;
      expect(detail.stale).to.deep.equal({ code: 'network' });
      expect(cards(el)).to.have.length(3);
      expect(root(el).querySelector('[part~="stale"]')!.textContent).to.match(
        /Informations du .*\d{4}.*la mise à jour n’a pas abouti/,
      );
    });

    it('treats a file that is not a feed as an error', async () => {
      fetchStub = stubFetch(() => json('<html>Not found</html>'));
      const el = await fixture<InneProjects>(
        html`<inne-projects src="/page.html"></inne-projects>`,
      );
      const { detail } = await oneEvent(el, 'inne-error');
      expect(detail.failure.code).to.equal('not-a-feed');
      expect(root(el).querySelector('[part~="error"]')).not.to.equal(null);
    });
  });

  describe('problems for the webmaster', () => {
    it('shows the valid items of a partial feed, and the issues with debug', async () => {
      const el = await fixture<InneProjects>(
        html`<inne-projects lang="fr" debug .feed=${partialFeed()}></inne-projects>`,
      );
      expect(cards(el)).to.have.length(3);
      const panel = root(el).querySelector('[part~="debug"]')!;
      expect(panel.textContent).to.contain('$.projects[3].phase');
      expect(panel.textContent).to.contain('1 point à vérifier');
    });

    it('hides the issues without debug, and logs one collapsed group per element', async () => {
      const groups: unknown[][] = [];
      const warnings: unknown[][] = [];
      const saved = { ...console };
      Object.assign(console, {
        groupCollapsed: (...a: unknown[]) => groups.push(a),
        groupEnd: () => undefined,
        log: () => undefined,
        warn: (...a: unknown[]) => warnings.push(a),
        error: (...a: unknown[]) => warnings.push(a),
      });
      try {
        const el = await fixture<InneProjects>(
          html`<inne-projects layout="grud" .feed=${partialFeed()}></inne-projects>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(root(el).querySelector('[part~="debug"]')).to.equal(null);
        expect(groups).to.have.length(1);
        expect(String(groups[0]![0])).to.contain('<inne-projects>');
        expect(warnings.map(String).join('\n'))
          .to.contain('$.projects[3].phase')
          .and.contain('layout="grud"');
      } finally {
        Object.assign(console, saved);
      }
    });

    it('reports wrong attribute values, falls back, and never throws', async () => {
      const el = await fixture<InneProjects>(
        html`<inne-projects
          lang="fr"
          debug
          layout="grud"
          limit="-3"
          sphere="unknown"
          sort="random"
          heading-level="9"
          .feed=${feed()}
        ></inne-projects>`,
      );
      expect(cards(el)).to.have.length(3);
      expect(root(el).querySelector('.list.grid')).not.to.equal(null);
      expect(root(el).querySelector('h3.title')).not.to.equal(null);
      const panel = root(el).querySelector('[part~="debug"]')!.textContent!;
      for (const bad of [
        'layout="grud"',
        'limit="-3"',
        'sphere="unknown"',
        'sort="random"',
        'heading-level="9"',
      ]) {
        expect(panel).to.contain(bad);
      }
    });
  });

  describe('attributes', () => {
    const show = (attrs: string) => {
      const el = document.createElement('inne-projects');
      for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g))
        el.setAttribute(name!, value!);
      el.feed = feed();
      return fixture<InneProjects>(el);
    };

    it('sphere, phase, territory and actor narrow the list', async () => {
      expect(titles(await show('sphere="se-nourrir"'))).to.have.length(2);
      expect(titles(await show('sphere="se-cultiver energie"'))).to.have.length(2);
      expect(titles(await show('phase="emergence"'))).to.deep.equal([projects[2]!.title]);
      expect(titles(await show('territory="metropole rouen normandie"'))).to.have.length(2);
      expect(titles(await show('actor="ademe"'))).to.deep.equal([projects[0]!.title]);
    });

    it('says so when nothing matches', async () => {
      const el = await show('lang="fr" territory="Pays de Caux"');
      expect(cards(el)).to.have.length(0);
      expect(root(el).querySelector('[part~="empty"]')!.textContent!.trim()).to.equal(
        'Aucun projet ne correspond à cette sélection.',
      );
    });

    it('a feed without any project says so, not that nothing matches the selection', async function () {
      this.timeout(30000); // axe is slow on a loaded machine
      const empty = (el: Element) => root(el).querySelector('[part~="empty"]')!.textContent!.trim();
      const none = await fixture<InneProjects>(
        html`<inne-projects lang="fr" .feed=${feed({ projects: [] })}></inne-projects>`,
      );
      await expect(none).to.be.accessible();
      expect(empty(none)).to.equal('Aucun projet publié pour le moment.');
      // Every project refused by the checks (no id, no title): the feed shows none either.
      const invalid = await fixture<InneProjects>(
        html`<inne-projects
          lang="en"
          .feed=${feed({ projects: [{ summary: 'x' }] })}
        ></inne-projects>`,
      );
      expect(empty(invalid)).to.equal('No project published yet.');
      // Filters shown on an empty feed do not make it a selection.
      const filtered = await fixture<InneProjects>(
        html`<inne-projects
          lang="fr"
          filters
          sphere="se-nourrir"
          .feed=${feed({ projects: [] })}
        ></inne-projects>`,
      );
      expect(empty(filtered)).to.equal('Aucun projet publié pour le moment.');
    });

    it('a territory no project is in: the empty list is explained in the debug panel', async () => {
      const el = await show('lang="en" debug="" territory="Rouenn"');
      await expect(el).to.be.accessible();
      expect(cards(el)).to.have.length(0);
      const debug = root(el).querySelector('[part~="debug"]')!.textContent!;
      expect(debug.replace(/\s+/g, ' ')).to.contain(
        'territory="Rouenn": no project in this territory ' +
          "(the feed's: Métropole Rouen Normandie, Pays de Falaise).",
      );
    });

    it('an actor id the feed does not hold is reported and ignored, not an empty list', async () => {
      const el = await show('lang="en" debug="" actor="nobody"');
      await expect(el).to.be.accessible();
      expect(cards(el)).to.have.length(projects.length);
      const debug = root(el).querySelector('[part~="debug"]')!.textContent!;
      expect(debug.replace(/\s+/g, ' ')).to.contain(
        'actor="nobody" is not recognised (expected: club-inne, lnc, ademe, falaise): value ignored.',
      );
      expect(titles(await show('actor="nobody, ademe"'))).to.deep.equal([projects[0]!.title]);
    });

    it('sort orders by title, phase or most recent', async () => {
      expect(titles(await show('sort="title"'))).to.deep.equal([
        projects[2]!.title,
        projects[1]!.title,
        projects[0]!.title,
      ]);
      expect(titles(await show('sort="phase"'))).to.deep.equal([
        projects[2]!.title,
        projects[0]!.title,
        projects[1]!.title,
      ]);
      expect(titles(await show('sort="recent"'))).to.deep.equal([
        projects[1]!.title,
        projects[0]!.title,
        projects[2]!.title,
      ]);
    });

    it('heading-level sets the level of card titles', async () => {
      const el = await show('heading-level="2"');
      expect(root(el).querySelectorAll('h2.title')).to.have.length(3);
    });

    it('layout compact leaves out summaries, images and tags', async () => {
      const el = await show('layout="compact"');
      expect(root(el).querySelector('.list.compact')).not.to.equal(null);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(root(el).querySelector('.tags')).to.equal(null);
      expect(root(el).querySelector<HTMLElement>('.summary')!.hidden).to.equal(true);
    });

    it('no-jsonld writes no schema.org data; by default one node holds what is shown', async () => {
      const el = await show('limit="2"');
      const nodes = el.querySelectorAll('script[type="application/ld+json"]');
      expect(nodes).to.have.length(1);
      const data = JSON.parse(nodes[0]!.textContent!);
      expect(data['@graph'].map((n: { name: string }) => n.name)).to.deep.equal([
        projects[0]!.title,
        projects[1]!.title,
      ]);
      const off = await show('no-jsonld=""');
      expect(off.querySelector('script[type="application/ld+json"]')).to.equal(null);
    });
  });

  describe('.feed set again', () => {
    // What a page does to show an edit: a new copy of the whole feed (new objects throughout).
    const copy = (extra: Record<string, unknown> = {}) =>
      JSON.parse(JSON.stringify(feed(extra))) as ReturnType<typeof feed>;
    const jsonLd = (el: Element) =>
      JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    // What core gives for the projects shown, straight from the raw feed.
    const expectedJsonLd = (raw: unknown, shown: number) => {
      const parsed = parseFeed(raw).feed!;
      const doc = toJsonLd(
        { ...emptyFeed(), projects: parsed.projects.slice(0, shown) },
        { feed: parsed, locale: 'fr' },
      );
      return JSON.parse(serializeJsonLd(doc));
    };

    it('shows a changed title and writes it in the JSON-LD, touching only that card', async () => {
      const el = await fixture<InneProjects>(
        html`<inne-projects lang="fr" .feed=${copy()}></inne-projects>`,
      );
      const touched = new Set<Element | null>();
      const observer = new MutationObserver((records) => {
        for (const { target } of records)
          touched.add(
            (target instanceof Element ? target : target.parentElement!).closest('.card'),
          );
      });
      observer.observe(root(el), {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      const edited = copy({
        projects: projects.map((p, i) => (i === 1 ? { ...p, title: 'Décors réemployés' } : p)),
      });
      el.feed = edited;
      await el.updateComplete;
      observer.disconnect();
      expect(titles(el)).to.deep.equal([
        projects[0]!.title,
        'Décors réemployés',
        projects[2]!.title,
      ]);
      expect([...touched]).to.deep.equal([cards(el)[1]]);
      expect(jsonLd(el)).to.deep.equal(expectedJsonLd(edited, 3));
    });

    it('renames an actor on every card and in the JSON-LD', async () => {
      const el = await fixture<InneProjects>(
        html`<inne-projects lang="fr" limit="2" .feed=${copy()}></inne-projects>`,
      );
      const renamed = copy({
        actors: actors.map((a) => (a.id === 'lnc' ? { ...a, name: 'LNC coopérative' } : a)),
      });
      el.feed = renamed;
      await el.updateComplete;
      expect(text(el)).to.contain('LNC coopérative (porteur)').and.not.contain('Coordonnées');
      expect(cards(el).map((c) => c.textContent!.includes('LNC coopérative'))).to.deep.equal([
        true,
        true,
      ]);
      expect(jsonLd(el)).to.deep.equal(expectedJsonLd(renamed, 2));
    });

    it('shows the EFC stage of a project assessed in the new copy', async () => {
      const el = await fixture<InneProjects>(
        html`<inne-projects lang="fr" .feed=${copy()}></inne-projects>`,
      );
      const answers = Object.fromEntries(
        efcEctDefinition.dimensions.flatMap((d) =>
          d.criteria.map((c) => [c.id, { level: 2, evidence: 'document' }]),
        ),
      );
      const subject = { type: 'project', id: 'eco-scenographie' };
      const assessed = copy({ assessments: [{ id: 'a', subject, date: '2025-11-01', answers }] });
      el.feed = assessed;
      await el.updateComplete;
      const stage = projectStages(parseFeed(assessed).feed!).get('eco-scenographie')!.label.fr;
      const rows = cards(el).map((c) => c.querySelector<HTMLElement>('.meta div:last-child')!);
      expect(rows.map((r) => r.hidden)).to.deep.equal([true, false, true]);
      expect(rows[1]!.textContent).to.contain(stage);
    });

    it('writes nothing new when the copy is the same', async () => {
      const el = await fixture<InneProjects>(
        html`<inne-projects lang="fr" .feed=${copy()}></inne-projects>`,
      );
      const node = el.querySelector('script[type="application/ld+json"]')!;
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((r) => changes.push(...r));
      observer.observe(el, { subtree: true, childList: true, characterData: true });
      observer.observe(root(el), { subtree: true, childList: true, characterData: true });
      el.feed = copy();
      await el.updateComplete;
      observer.disconnect();
      expect(changes).to.deep.equal([]);
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(node);
    });
  });

  describe('limit and "Voir plus"', () => {
    it('adds a page, moves focus to the first new card and announces it', async () => {
      const el = await fixture<InneProjects>(
        html`<inne-projects lang="fr" limit="1" .feed=${feed()}></inne-projects>`,
      );
      expect(cards(el)).to.have.length(1);
      expect(text(el)).to.contain('1 sur 3 projets');
      const button = root(el).querySelector<HTMLButtonElement>('[part~="more-button"]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => cards(el).length === 2);
      expect(root(el).activeElement).to.equal(cards(el)[1]!.querySelector('.title'));
      expect(root(el).querySelector('[role="status"]')!.textContent).to.equal(
        '1 projet ajouté, 2 sur 3.',
      );
      root(el).querySelector<HTMLButtonElement>('[part~="more-button"]')!.click();
      await waitUntil(() => cards(el).length === 3);
      expect(root(el).querySelector('[part~="more-button"]')).to.equal(null);
    });

    it('renders a thousand projects', async () => {
      const big = feed({ projects: manyProjects(1000) });
      const el = await fixture<InneProjects>(html`<inne-projects .feed=${big}></inne-projects>`);
      expect(cards(el)).to.have.length(1000);
    });
  });

  describe('filters', () => {
    it('offers each value with its count, narrows the list, and fires inne-filter-change', async () => {
      const el = await fixture<InneProjects>(
        html`<inne-projects lang="fr" filters .feed=${feed()}></inne-projects>`,
      );
      const [sphere] = root(el).querySelectorAll('select');
      const options = [...sphere!.options].map((o) => o.textContent!.trim());
      expect(options).to.deep.equal([
        'Tous (3)',
        'Se nourrir (2)',
        'Travailler (1)',
        'Se cultiver (1)',
        'Énergie (1)',
      ]);
      sphere!.focus();
      setTimeout(() => sendKeys({ press: 'ArrowDown' }));
      const { detail } = await oneEvent(el, 'inne-filter-change');
      expect(detail).to.deep.include({ spheres: ['se-nourrir'], count: 2 });
      expect(cards(el)).to.have.length(2);
      expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('2 projets trouvés');
      const phase = root(el).querySelectorAll('select')[2]!;
      expect([...phase.options].map((o) => [o.textContent!.trim(), o.disabled])).to.deep.equal([
        ['Tous (2)', false],
        ['Émergence (1)', false],
        ['Structuration (1)', false],
        ['Consolidation (0)', true],
      ]);
      root(el).querySelector<HTMLButtonElement>('[part~="reset-button"]')!.click();
      await oneEvent(el, 'inne-filter-change');
      expect(cards(el)).to.have.length(3);
    });

    it('announces every new result, even the same count twice in a row', async () => {
      const el = await fixture<InneProjects>(
        html`<inne-projects lang="fr" filters .feed=${feed()}></inne-projects>`,
      );
      const status = root(el).querySelector('[role="status"]')!;
      const said: string[] = [];
      // A screen reader reads what is added to a live region: an unchanged text says nothing.
      const observer = new MutationObserver((records) =>
        records.forEach((r) => r.addedNodes.forEach((n) => said.push(n.textContent!.trim()))),
      );
      observer.observe(status, { childList: true, subtree: true, characterData: true });
      const sphere = root(el).querySelector('select')!;
      for (const value of ['travailler', 'se-cultiver']) {
        sphere.value = value;
        sphere.dispatchEvent(new Event('change'));
        await oneEvent(el, 'inne-filter-change');
      }
      observer.disconnect();
      expect(said.filter(Boolean)).to.deep.equal(['1 projet trouvé', '1 projet trouvé']);
    });

    it('gives focus back to the first filter after "Tout afficher"', async () => {
      const el = await fixture<InneProjects>(
        html`<inne-projects lang="fr" filters .feed=${feed()}></inne-projects>`,
      );
      const sphere = root(el).querySelector('select')!;
      sphere.focus();
      setTimeout(() => sendKeys({ press: 'ArrowDown' }));
      await oneEvent(el, 'inne-filter-change');
      root(el).querySelector<HTMLButtonElement>('[part~="reset-button"]')!.focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      await oneEvent(el, 'inne-filter-change');
      await el.updateComplete;
      expect(root(el).querySelector('[part~="reset-button"]')).to.equal(null);
      // Compared as text: a failing comparison of two elements is too big to report.
      const where = (e: Element | null) => (e ? `<${e.localName}> ${e.textContent!.trim()}` : '');
      expect(where(root(el).activeElement)).to.equal(where(root(el).querySelector('select')));
    });
  });

  describe('safety and look', () => {
    it('shows hostile strings as text and never renders a javascript: link', async () => {
      const evil = '<img src=x onerror="window.__pwned=1">';
      const hostile = feed({
        projects: [
          {
            id: 'evil',
            title: evil,
            summary: '<script>window.__pwned=1</script>',
            url: 'javascript:alert(1)',
            image: { src: ' javascript:alert(1)', alt: evil },
          },
        ],
      });
      const el = await fixture<InneProjects>(
        html`<inne-projects .feed=${hostile}></inne-projects>`,
      );
      // A javascript: URL is refused by the feed schema: the project stays without it.
      expect(titles(el)).to.deep.equal([evil]);
      expect(root(el).querySelector('.card a[href], .card img')).to.equal(null);
      const loose = { ...projects[0]!, title: evil, summary: '"><svg onload=alert(1)>' };
      el.feed = feed({ projects: [loose] });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([evil]);
      expect(root(el).querySelector('.card img, .card svg')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(root(el).querySelector('.title a')!.getAttribute('rel')).to.equal(
        'noopener noreferrer',
      );
    });

    it('keeps its look under a hostile theme, and inherits the page font and colour', async () => {
      const style = document.createElement('style');
      style.textContent = `* { letter-spacing: 9px !important; text-transform: uppercase !important; line-height: 0.5 !important; text-align: right !important; }
        .theme { font-family: Georgia, serif !important; color: rgb(1, 2, 3) !important; }`;
      document.head.append(style);
      try {
        const wrap = await fixture(
          html`<div class="theme"><inne-projects .feed=${feed()}></inne-projects></div>`,
        );
        const el = wrap.querySelector('inne-projects')!;
        const title = getComputedStyle(root(el).querySelector('.title a')!);
        expect(title.textTransform).to.equal('none');
        expect(title.letterSpacing).to.equal('normal');
        expect(title.textAlign).to.equal('start');
        expect(title.fontFamily).to.contain('Georgia');
        expect(title.color).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
    });

    it('keeps its filters on a 320 px screen with the WCAG text spacing (RGAA 10.11, 10.12)', async () => {
      // A phone's column (320 px less the page's margins) in a common sans-serif, and a reader's
      // own spacing, which widens a select's longest option ("Métropole Rouen Normandie (2)").
      const spacing = new CSSStyleSheet();
      spacing.replaceSync(`:is(*, #spacing) { letter-spacing: 0.12em !important;
        word-spacing: 0.16em !important; line-height: 1.5 !important; }`);
      const wrap = await fixture(
        html`<div style="width: 288px; font-family: Arial, Helvetica, sans-serif">
          <inne-projects lang="fr" filters .feed=${feed()}></inne-projects>
        </div>`,
      );
      const el = wrap.querySelector('inne-projects')!;
      root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, spacing];
      await new Promise(requestAnimationFrame);
      const edge = el.getBoundingClientRect().right + 1;
      const out = [...root(el).querySelectorAll('select')]
        .map((s) => [s.previousElementSibling!.textContent, s.getBoundingClientRect().right])
        .filter(([, right]) => Number(right) > edge)
        .map(([name, right]) => `${name} ends at ${Math.round(Number(right))} px`);
      expect(out, `filters past the element's edge (${Math.round(edge)} px)`).to.deep.equal([]);
      expect(el.scrollWidth, 'the element scrolls sideways').to.be.at.most(el.clientWidth + 1);
    });

    it('fits a 280 px sidebar in one column and a 1200 px column in four', async () => {
      const columns = async (width: number) => {
        const wrap = await fixture(
          html`<div style="width:${width}px">
            <inne-projects .feed=${feed({ projects: manyProjects(8) })}></inne-projects>
          </div>`,
        );
        const list = root(wrap.querySelector('inne-projects')!).querySelector('.list')!;
        return getComputedStyle(list).gridTemplateColumns.split(' ').length;
      };
      expect(await columns(280)).to.equal(1);
      expect(await columns(1200)).to.equal(4);
    });
    it('puts a card’s image above its text in a wide grid, beside it only in the list layout', async () => {
      // Four cards of about 290 px in a 1200 px column: an image beside the text would leave
      // the title and summary a column of a few letters.
      const imageAndTitle = async (layout: string) => {
        const wrap = await fixture(
          html`<div style="width: 1200px">
            <inne-projects layout=${layout} .feed=${feed()}></inne-projects>
          </div>`,
        );
        const card = root(wrap.querySelector('inne-projects')!).querySelector('.with-image')!;
        const width = (s: string) => card.querySelector(s)!.getBoundingClientRect().width;
        return {
          card: card.getBoundingClientRect().width,
          image: width('.image'),
          title: width('.title'),
        };
      };
      const grid = await imageAndTitle('grid');
      expect(grid.image, 'the image spans the card').to.be.closeTo(grid.card - 2, 1);
      expect(grid.title, 'the title has the card’s width').to.be.above(grid.card * 0.8);
      const list = await imageAndTitle('list');
      expect(list.image, 'the image sits beside the text').to.be.below(list.card / 2);
    });

    it('keeps a compact list’s territories in one column, with or without a phase, and its badge small', async () => {
      const noPhase = { ...projects[0]!, id: 'sans-phase', phase: undefined };
      const wrap = await fixture(
        html`<div style="width: 900px">
          <inne-projects
            layout="compact"
            .feed=${feed({ projects: [projects[1], noPhase, projects[2]] })}
          ></inne-projects>
        </div>`,
      );
      const shift = cards(wrap.querySelector('inne-projects')!).map((card) => {
        const left = (s: string) => Math.round(card.querySelector(s)!.getBoundingClientRect().left);
        return left('.meta') - left('.title');
      });
      expect(shift, 'territory left of the title, per card').to.deep.equal([0, 0, 0]);
      const badge = root(wrap.querySelector('inne-projects')!).querySelector('.badge')!;
      expect(badge.getBoundingClientRect().width, 'the example badge’s width').to.be.below(200);
    });
  });

  describe('language', () => {
    it('follows lang, then the nearest ancestor, then <html lang>', async () => {
      const el = await fixture<InneProjects>(
        html`<inne-projects lang="en" limit="1" .feed=${feed()}></inne-projects>`,
      );
      expect(text(el)).to.contain('Show more').and.contain('1 of 3 projects');
      const inFr = await fixture(
        html`<div lang="fr-FR"><inne-projects limit="1" .feed=${feed()}></inne-projects></div>`,
      );
      expect(text(inFr.querySelector('inne-projects')!)).to.contain('Voir plus');
      document.documentElement.lang = 'en';
      const page = await fixture<InneProjects>(
        html`<inne-projects limit="1" .feed=${feed()}></inne-projects>`,
      );
      expect(text(page)).to.contain('Show more');
      page.lang = 'fr';
      await page.updateComplete;
      expect(text(page)).to.contain('Voir plus');
    });

    it('moved into a part of the page in another language, speaks its language', async () => {
      const el = await fixture<InneProjects>(
        html`<div lang="fr"><inne-projects limit="1" .feed=${feed()}></inne-projects></div>`,
      );
      const moving = el.querySelector('inne-projects')!;
      expect(text(moving)).to.contain('Voir plus');
      const english = el.appendChild(document.createElement('div'));
      english.lang = 'en';
      english.append(moving);
      await moving.updateComplete;
      expect(text(moving)).to.contain('Show more');
    });

    it('reports a lang it does not speak, and speaks French', async () => {
      const el = await fixture<InneProjects>(
        html`<inne-projects lang="de" debug limit="1" .feed=${feed()}></inne-projects>`,
      );
      expect(text(el)).to.contain('Voir plus');
      const debug = root(el).querySelector('[part~="debug"]')!.textContent!;
      expect(debug.replace(/\s+/g, ' ')).to.contain(
        'lang="de" n’est pas reconnu (attendu : fr, en) : « fr » est utilisé à la place.',
      );
      const british = await fixture<InneProjects>(
        html`<inne-projects lang="en-GB" debug .feed=${feed()}></inne-projects>`,
      );
      expect(root(british).querySelector('[part~="debug"]')!.textContent).not.to.contain('lang=');
    });
  });
});
