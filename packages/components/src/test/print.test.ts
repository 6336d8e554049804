// A partner page printed (Chromium's print media): what the reader finds on paper. Every item
// loaded, whole; no control that cannot be pressed there (filters, "Voir plus", calendar files,
// the table button); each link followed by its address; no item cut across two pages.
import { expect, fixture, html } from '@open-wc/testing';
import { scoreAssessment } from '@club-inne/core';
import { emulateMedia } from '@web/test-runner-commands';
import { resetFeedLoader } from '../shared/feed-loader.js';
import { campaign2025, duringPlenary, eventsFeed, membershipFeed } from './events-feed.js';
import { feed, projects } from './feeds.js';
import type { InneMembershipCta } from '../membership/inne-membership-cta.js';
import '../define.js';

const root = (el: Element) => el.shadowRoot!;
const all = (el: Element, selector: string) => [
  ...root(el).querySelectorAll<HTMLElement>(selector),
];
const one = (el: Element, selector: string) => all(el, selector)[0]!;
/** Whether the reader sees it: laid out, not `display: none` itself or through an ancestor. */
const shown = (node: HTMLElement) => node.getClientRects().length > 0;
/** What follows a link on paper (Chromium gives `attr(href)` resolved). */
const after = (a: HTMLElement) => getComputedStyle(a, '::after').content;
/** Lines the first text of an element takes: a label squeezed by its address takes many. */
function labelLines(node: HTMLElement) {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let text = walker.nextNode();
  while (text && !text.textContent!.trim()) text = walker.nextNode();
  const range = document.createRange();
  range.selectNodeContents(text!);
  return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
}
const width = (node: Element) => node.getBoundingClientRect().width;

let printing = false;
async function print(on: boolean) {
  await emulateMedia({ media: on ? 'print' : 'screen' });
  printing = on;
}
afterEach(async () => {
  if (printing) await print(false);
  resetFeedLoader();
});

describe('printed', () => {
  it('is accessible, a list of projects with filters and "Voir plus" printed', async function () {
    this.timeout(30000); // axe is slow on a loaded machine
    const el = await fixture(
      html`<inne-projects lang="fr" filters limit="2" .feed=${feed()}></inne-projects>`,
    );
    await print(true);
    await expect(el).to.be.accessible();
  });

  it('<inne-projects>: the cards loaded, whole, without filters nor "Voir plus"', async () => {
    const long = `${'Une phrase longue sur la coopération entre acteurs du territoire. '.repeat(12)}Fin.`;
    const items = [{ ...projects[0]!, summary: long }, ...projects.slice(1)];
    const el = await fixture(
      html`<inne-projects
        lang="fr"
        filters
        limit="2"
        .feed=${feed({ projects: items })}
      ></inne-projects>`,
    );
    const controls = [one(el, '.filters'), one(el, '[part~="more-button"]')];
    const summary = one(el, '.summary');
    expect(controls.map(shown), 'on screen').to.deep.equal([true, true]);
    expect(summary.scrollHeight, 'clamped on screen').to.be.greaterThan(summary.clientHeight);

    await print(true);
    expect(controls.map(shown)).to.deep.equal([false, false]);
    const cards = all(el, '.card');
    expect(cards.filter(shown)).to.have.length(2);
    expect(summary.scrollHeight, 'the whole summary').to.be.at.most(summary.clientHeight);
    expect(shown(summary)).to.equal(true);
    expect(one(el, '.more').textContent).to.match(/2\s+sur\s+3/);
    expect(after(one(el, '.title a[href]'))).to.equal(`" (https://example.org/champ)"`);
    expect(cards.map((c) => getComputedStyle(c).breakInside)).to.deep.equal(['avoid', 'avoid']);
    // A card's image is printed with it, at the card's width.
    const image = one(el, '.card .image');
    expect(image.getAttribute('src')).to.equal('https://example.org/decor.jpg');
    expect(shown(image)).to.equal(true);
    expect(width(image)).to.be.greaterThan(width(image.closest('.card')!) / 4);
  });

  it('<inne-project-card>: the card whole, with the address of its page', async () => {
    const long = `${'Un résumé qui ne tient pas en quatre lignes de carte. '.repeat(14)}Fin.`;
    const el = await fixture(
      html`<inne-project-card
        lang="fr"
        project-id="champ-des-possibles"
        .feed=${feed({ projects: [{ ...projects[0]!, summary: long }] })}
      ></inne-project-card>`,
    );
    const summary = one(el, '.summary');
    const link = one(el, '.title a[href]');
    await print(true);
    expect(summary.scrollHeight, 'the whole summary').to.be.at.most(summary.clientHeight);
    expect(after(link)).to.equal(`" (https://example.org/champ)"`);
    // The title's link no longer covers the card: its address is printed in the title's line.
    expect(getComputedStyle(link, '::after').position).to.equal('static');
    expect(getComputedStyle(one(el, '.card')).breakInside).to.equal('avoid');
  });

  it('<inne-events>: each event, its links and their addresses, no calendar button', async () => {
    const el = await fixture(
      html`<inne-events
        lang="fr"
        group-by="month"
        .feed=${eventsFeed()}
        .now=${duringPlenary}
      ></inne-events>`,
    );
    const calendar = all(el, 'button');
    expect(calendar.length, 'one per open event, and one for all').to.be.greaterThan(1);
    expect(calendar.every(shown), 'on screen').to.equal(true);

    await print(true);
    expect(calendar.filter(shown)).to.deep.equal([]);
    const events = all(el, '.event');
    expect(events.length).to.be.greaterThan(1);
    expect(events.every(shown)).to.equal(true);
    expect(new Set(events.map((e) => getComputedStyle(e).breakInside))).to.deep.equal(
      new Set(['avoid']),
    );
    const register = one(el, '[part~="register"]');
    expect(shown(register)).to.equal(true);
    // Its text keeps the width of the list: the addresses of its links do not squeeze it into
    // a column beside them, nor its links' labels one letter a line.
    const title = one(el, '.event .title');
    expect(width(title)).to.be.greaterThan(width(title.closest('.event')!) / 2);
    expect(labelLines(register)).to.equal(1);
    expect(after(register)).to.equal(
      `" (https://www.helloasso.com/associations/club-inne/evenements/pleniere)"`,
    );
    expect(after(one(el, '[part~="online"]'))).to.equal(`" (https://visio.example.org/pleniere)"`);
  });

  it('<inne-membership-cta>: the tiers whole, the payment address, no reminder button', async () => {
    const el = await fixture<InneMembershipCta>(
      html`<inne-membership-cta
        lang="fr"
        utm-source="malaunay.fr"
        utm-medium="site"
        .feed=${membershipFeed()}
        .now=${'2025-06-01T12:00:00+02:00'}
      ></inne-membership-cta>`,
    );
    const reminder = one(el, '[part~="reminder"]');
    expect(shown(reminder), 'on screen').to.equal(true);

    await print(true);
    expect(shown(reminder)).to.equal(false);
    const tiers = all(el, '.tier');
    expect(tiers.length).to.equal(3);
    expect(tiers.map((t) => getComputedStyle(t).breakInside)).to.deep.equal([
      'avoid',
      'avoid',
      'avoid',
    ]);
    // Each tier's "Adhérer" on one line; the payment page they all lead to, once, below them
    // all, as a reader would type it: the partner's utm_… parameters are for a click.
    const payment = 'https://www.helloasso.com/associations/club-inne/adhesions/cotisations-2025';
    const pay = all(el, '[part~="primary"]');
    expect(pay.length).to.equal(3);
    expect(pay[0]!.getAttribute('href')).to.equal(
      `${payment}?utm_source=malaunay.fr&utm_medium=site`,
    );
    expect(pay.map(after)).to.deep.equal(['none', 'none', 'none']);
    expect(pay.map(labelLines)).to.deep.equal([1, 1, 1]);
    const list = one(el, '.tiers');
    expect(after(list)).to.equal(`"Pour adhérer\u00a0: ${payment}"`);
    expect(getComputedStyle(list, '::after').gridColumn, 'the whole width').to.equal('1 / -1');
    const printed = [...all(el, '*'), el].flatMap((n: HTMLElement) => [
      after(n),
      getComputedStyle(n, '::before').content,
    ]);
    expect(
      printed.filter((c) => c.includes(payment)),
      'once',
    ).to.have.length(1);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(after(list)).to.equal(`"To join: ${payment}"`);
    // Closed, no button leads to it: no address either.
    el.now = '2026-01-05T12:00:00+01:00';
    await el.updateComplete;
    expect(all(el, '.tiers, [part~="primary"]')).to.have.length(0);
    const noTiers = await fixture(
      html`<inne-membership-cta
        lang="fr"
        utm-source="malaunay.fr"
        .feed=${membershipFeed([{ ...campaign2025, tiers: [] }])}
        .now=${'2025-06-01T12:00:00+02:00'}
      ></inne-membership-cta>`,
    );
    expect(after(one(noTiers, '[part~="primary"]'))).to.equal(`" (${payment})"`);
    const closed = await fixture(
      html`<inne-membership-cta
        lang="fr"
        .feed=${membershipFeed([campaign2025])}
        .now=${'2026-01-05T12:00:00+01:00'}
      ></inne-membership-cta>`,
    );
    expect(after(one(closed, '[part~="contact"]'))).to.equal(`" (mailto:contact@example.org)"`);
  });

  it('<inne-maturity-radar>: the table, not its button', async () => {
    const el = await fixture(
      html`<inne-maturity-radar
        lang="fr"
        .result=${scoreAssessment({ 'offer.logic': { level: 2 } })}
      ></inne-maturity-radar>`,
    );
    const [toggle, table] = [one(el, 'button.toggle'), one(el, '.table')];
    expect([shown(toggle), shown(table)], 'on screen').to.deep.equal([true, false]);

    await print(true);
    expect([shown(toggle), shown(table)]).to.deep.equal([false, true]);
  });
});
