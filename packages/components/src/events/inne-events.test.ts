import { expect, fixture, html } from '@open-wc/testing';
import { resetFeedLoader } from '../shared/feed-loader.js';
import { stubDownloads } from '../test/download-stub.js';
import type { DownloadStub } from '../test/download-stub.js';
import { dstGapEvent, duringPlenary, events, eventsFeed } from '../test/events-feed.js';
import './define.js';
import type { InneEvents } from './inne-events.js';

const root = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...root(el).querySelectorAll('.event')];
const titles = (el: Element) =>
  items(el).map((e) => e.querySelector('.title')!.textContent!.trim());
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
// Non-breaking spaces keep "18 h" whole; the tests read them as plain spaces.
const plain = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const item = (el: Element, id: string) =>
  items(el)[titles(el).indexOf(events.find((e) => e.id === id)!.title)]!;

async function show(
  attributes: Partial<Record<string, string>> = {},
  feed: unknown = eventsFeed(),
  now: Date | number = duringPlenary,
) {
  const el = await fixture<InneEvents>(
    html`<inne-events lang="fr" .feed=${feed} .now=${now}></inne-events>`,
  );
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value!);
  await el.updateComplete;
  return el;
}

let downloads: DownloadStub | undefined;
afterEach(() => {
  downloads?.restore();
  downloads = undefined;
  resetFeedLoader();
});

describe('<inne-events>', () => {
  it('is accessible, grouped by month, with every status and action', async () => {
    const el = await show({ 'group-by': 'month', when: 'all' });
    await expect(el).to.be.accessible();
  });

  describe('when', () => {
    it('shows upcoming events by default, soonest first; one under way still counts', async () => {
      const el = await show();
      expect(titles(el)).to.deep.equal(
        ['pleniere', 'atelier-mobilite', 'webinaire-efc', 'formation-efc'].map(
          (id) => events.find((e) => e.id === id)!.title,
        ),
      );
    });

    it('drops an event once it has ended', async () => {
      const el = await show({}, eventsFeed(), new Date('2025-11-06T18:00:00+01:00'));
      expect(titles(el)).not.to.include(events[0]!.title);
    });

    it('past: latest first, with no action left', async () => {
      const el = await show({ when: 'past' }, eventsFeed(), new Date('2025-11-07T00:00:00+01:00'));
      expect(titles(el)).to.deep.equal([events[0]!.title, events[4]!.title]);
      expect(root(el).querySelectorAll('[part~="actions"], [part~="download-all"]')).to.have.length(
        0,
      );
      // Faded text on a host whose colours just pass 4.5:1 would no longer pass (WCAG 1.4.3).
      const faded = [...root(el).querySelectorAll('[part~="event"]')].filter(
        (e) => getComputedStyle(e).opacity !== '1',
      );
      expect(faded).to.have.length(0);
    });

    it('an event without an end is upcoming until midnight in its zone', async () => {
      const feed = eventsFeed({
        events: [{ ...events[4]!, id: 'x', start: '2025-11-06T09:00:00+01:00', end: undefined }],
      });
      expect(items(await show({}, feed, new Date('2025-11-06T23:59:00+01:00')))).to.have.length(1);
      expect(items(await show({}, feed, new Date('2025-11-07T00:00:00+01:00')))).to.have.length(0);
    });

    it('says so when there is nothing to show', async () => {
      const el = await show({}, eventsFeed(), new Date('2030-01-01'));
      expect(plain(root(el).querySelector('[part~="empty"]')!.textContent!)).to.equal(
        'Aucun événement à venir pour le moment.',
      );
    });

    it('tells a feed without events from filters that leave out the events to come', async function () {
      this.timeout(30000); // axe is slow on a loaded machine
      const empty = (el: Element) => plain(root(el).querySelector('[part~="empty"]')!.textContent!);
      const filtered = await show({ kind: 'visite' });
      await expect(filtered).to.be.accessible();
      expect(empty(filtered)).to.equal('Aucun événement ne correspond à cette sélection.');
      const past = await show(
        { when: 'past', sphere: 'habiter' },
        eventsFeed(),
        new Date('2030-01-01'),
      );
      expect(empty(past)).to.equal('Aucun événement ne correspond à cette sélection.');
      const none = await show({ when: 'past' }, eventsFeed({ events: [] }));
      expect(empty(none)).to.equal('Aucun événement pour le moment.');
      none.lang = 'en';
      none.setAttribute('kind', 'atelier');
      await none.updateComplete;
      expect(empty(none)).to.equal('No events at the moment.');
    });
  });

  describe('filters and attributes', () => {
    it('kind, sphere, actor and limit', async () => {
      expect(titles(await show({ kind: 'atelier webinaire' }))).to.have.length(2);
      expect(titles(await show({ sphere: 'se-deplacer' }))).to.deep.equal([events[1]!.title]);
      expect(titles(await show({ actor: 'club-inne' }))).to.deep.equal([events[0]!.title]);
      expect(titles(await show({ limit: '2' }))).to.have.length(2);
    });

    it('an actor id the feed does not hold is reported and ignored, not an empty list', async () => {
      const el = await show({ actor: 'clubinne', debug: '', lang: 'en' });
      await expect(el).to.be.accessible();
      expect(items(el)).to.have.length(4);
      expect(root(el).querySelector('[part~="debug"]')!.textContent).to.contain(
        'actor="clubinne" is not recognised (expected: club-inne, lnc, ademe, falaise): value ignored.',
      );
    });

    it('reports a wrong value and uses the default instead', async () => {
      const el = await show({ when: 'bientot', debug: '' });
      expect(items(el)).to.have.length(4);
      expect(root(el).querySelector('[part~="debug"]')!.textContent).to.contain('when="bientot"');
    });

    it('group-by="month": a heading per month at heading-level, event titles one below', async () => {
      const el = await show({ 'group-by': 'month', 'heading-level': '2' });
      const months = [...root(el).querySelectorAll('h2')].map((h) => h.textContent!.trim());
      expect(months).to.deep.equal(['novembre 2025', 'décembre 2025']);
      expect(root(el).querySelectorAll('.event h3')).to.have.length(4);
    });
  });

  describe('dates, in the event zone', () => {
    it('same day with <time datetime>, all-day over several days, and no end', async () => {
      const el = await show();
      const when = (id: string) => item(el, id).querySelector('time')!;
      expect(plain(when('pleniere').textContent!)).to.equal('jeudi 6 novembre 2025, 14 h – 18 h');
      expect(when('pleniere').getAttribute('datetime')).to.equal('2025-11-06T14:00+01:00');
      expect(plain(when('formation-efc').textContent!)).to.equal('du 9 au 11 décembre 2025');
      expect(when('formation-efc').getAttribute('datetime')).to.equal('2025-12-09');
      expect(plain(when('webinaire-efc').textContent!)).to.equal('mardi 2 décembre 2025, 11 h');
    });

    it('in English', async () => {
      const el = await show();
      el.lang = 'en';
      await el.updateComplete;
      expect(plain(item(el, 'pleniere').querySelector('time')!.textContent!)).to.equal(
        'Thursday 6 November 2025, 2:00 – 6:00 PM',
      );
      expect(text(el)).to.contain('Add to my calendar');
    });

    it('DST: 02:30 on the last Sunday of March (skipped in Paris) shows the instant as 03:30 summer time', async () => {
      const el = await show({}, eventsFeed({ events: [dstGapEvent] }), new Date('2026-03-01'));
      const time = root(el).querySelector('time')!;
      expect(plain(time.textContent!)).to.equal('dimanche 29 mars 2026, 3 h 30');
      expect(time.getAttribute('datetime')).to.equal('2026-03-29T03:30+02:00');
    });
  });

  describe('status, attendance and links', () => {
    it('shows the status; a full event has no registration link, a cancelled one no action', async () => {
      const el = await show();
      expect(
        plain(item(el, 'atelier-mobilite').querySelector('[part~="status"]')!.textContent!),
      ).to.equal('Complet');
      expect(item(el, 'atelier-mobilite').querySelectorAll('[part~="register"]')).to.have.length(0);
      expect(
        plain(item(el, 'webinaire-efc').querySelector('[part~="status"]')!.textContent!),
      ).to.equal('Annulé');
      expect(item(el, 'webinaire-efc').querySelectorAll('[part~="actions"]')).to.have.length(0);
      expect(
        plain(item(el, 'formation-efc').querySelector('[part~="status"]')!.textContent!),
      ).to.equal('Reporté');
      expect(item(el, 'pleniere').querySelectorAll('[part~="status"]')).to.have.length(0);
    });

    it('an example event says what "Exemple" means in visible words, not in a tooltip', async () => {
      const el = await show();
      const example = item(el, 'formation-efc');
      expect(plain(example.querySelector('[part~="example-hint"]')!.textContent!)).to.equal(
        'Date et détails donnés à titre d’exemple',
      );
      expect(example.querySelector('[part~="example"]')!.hasAttribute('title')).to.equal(false);
      expect(item(el, 'pleniere').querySelectorAll('[part~="example-hint"]')).to.have.length(0);
    });

    it('says how to attend, where, the price and who organises', async () => {
      const el = await show();
      expect(plain(item(el, 'pleniere').querySelector('[part~="meta"]')!.textContent!)).to.equal(
        'Plénière · Sur place et en ligne · Halle aux toiles, Rouen',
      );
      expect(
        plain(item(el, 'atelier-mobilite').querySelector('[part~="meta"]')!.textContent!),
      ).to.equal('Atelier · Sur place · Mairie, Malaunay · 15 €');
      expect(
        plain(item(el, 'pleniere').querySelector('[part~="organizers"]')!.textContent!),
      ).to.equal('Organisé par Club Inné');
    });

    it('registration and online links leave safely and name their event', async () => {
      const el = await show();
      const register = item(el, 'pleniere').querySelector<HTMLAnchorElement>('[part~="register"]')!;
      expect(register.href).to.equal(events[0]!.registrationUrl);
      expect(register.rel).to.equal('noopener noreferrer');
      expect(plain(register.textContent!)).to.equal(`S’inscrire – ${events[0]!.title}`);
      expect(
        item(el, 'pleniere').querySelector<HTMLAnchorElement>('[part~="online"]')!.href,
      ).to.equal(events[0]!.onlineUrl);
    });

    it('an event with an unsafe URL is left out by the parser, and nothing unsafe is written', async () => {
      const hostile = {
        ...events[0]!,
        id: 'hostile',
        registrationUrl: 'javascript:alert(1)',
        url: ' javascript:alert(2)',
      };
      const el = await show({}, eventsFeed({ events: [hostile, events[1]] }));
      expect(titles(el)).to.deep.equal([events[1]!.title]);
      expect(root(el).innerHTML).not.to.contain('javascript:');
    });
  });

  describe('calendar downloads, made in the page', () => {
    it('"Ajouter à mon agenda" offers one event as .ics through a blob: URL in the shadow root', async () => {
      downloads = stubDownloads();
      const el = await show();
      item(el, 'pleniere').querySelector<HTMLButtonElement>('[part~="add-to-calendar"]')!.click();
      expect(downloads.files).to.have.length(1);
      const [file] = downloads.files;
      expect(file!.name).to.equal('pleniere.ics');
      expect(file!.href).to.match(/^blob:/);
      expect(file!.inShadowRoot).to.equal(true);
      expect(file!.blob.type).to.equal('text/calendar;charset=utf-8');
      const ics = await file!.blob.text();
      expect(ics).to.contain('UID:pleniere@www.clubinne.fr\r\n');
      expect(ics).to.contain('DTSTART;TZID=Europe/Paris:20251106T140000\r\n');
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(1);
      expect(root(el).querySelectorAll('a[download]')).to.have.length(0);
    });

    it('the whole list as one .ics, cancelled events marked', async () => {
      downloads = stubDownloads();
      const el = await show();
      const all = root(el).querySelector<HTMLButtonElement>('[part~="download-all"]')!;
      expect(all.textContent!.trim()).to.equal('Ajouter ces 4 événements à mon agenda (.ics)');
      all.click();
      const ics = await downloads.files[0]!.blob.text();
      expect(downloads.files[0]!.name).to.equal('agenda.ics');
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(4);
      expect(ics).to.contain('STATUS:CANCELLED');
      expect(ics).to.contain('X-WR-CALNAME:Agenda Club Inné');
    });
  });

  describe('schema.org', () => {
    it('writes the shown events as JSON-LD, cancelled ones marked, unless no-jsonld', async () => {
      const el = await show();
      const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
      const nodes = data['@graph'] as { name: string; eventStatus: string }[];
      expect(nodes).to.have.length(4);
      expect(nodes.find((n) => n.name === 'Webinaire EFC')!.eventStatus).to.equal(
        'https://schema.org/EventCancelled',
      );
      el.setAttribute('no-jsonld', '');
      await el.updateComplete;
      expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    });
  });
});
