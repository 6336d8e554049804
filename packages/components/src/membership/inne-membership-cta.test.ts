import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetFeedLoader } from '../shared/feed-loader.js';
import { stubDownloads } from '../test/download-stub.js';
import type { DownloadStub } from '../test/download-stub.js';
import { campaign2025, campaign2026, membershipFeed } from '../test/events-feed.js';
import { never, stubFetch } from '../test/fetch-stub.js';
import type { FetchStub } from '../test/fetch-stub.js';
import './define.js';
import type { InneMembershipCta } from './inne-membership-cta.js';

const root = (el: Element) => el.shadowRoot!;
const plain = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const text = (el: Element) => plain(root(el).textContent!);
const part = (el: Element, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const count = (el: Element, selector: string) => root(el).querySelectorAll(selector).length;
const cta = (el: Element) => root(el).querySelector('.cta')!;

async function show(now: string, feed: unknown = membershipFeed(), lang = 'fr') {
  return fixture<InneMembershipCta>(
    html`<inne-membership-cta lang=${lang} .feed=${feed} .now=${now}></inne-membership-cta>`,
  );
}

let fetchStub: FetchStub | undefined;
let downloads: DownloadStub | undefined;
afterEach(() => {
  fetchStub?.restore();
  downloads?.restore();
  fetchStub = undefined;
  downloads = undefined;
  resetFeedLoader();
});

describe('<inne-membership-cta>', () => {
  it('is accessible, open with its tiers', async () => {
    const el = await show('2025-06-01T12:00:00+02:00');
    await expect(el).to.be.accessible();
  });

  describe('states, in Paris calendar days', () => {
    it('upcoming: when it opens, no payment button yet', async () => {
      const el = await show('2026-01-14T23:59:00+01:00', membershipFeed([campaign2026]));
      expect(cta(el).classList.contains('upcoming')).to.equal(true);
      expect(plain(part(el, 'dates')!.textContent!)).to.equal(
        'Ouverture des adhésions le jeudi 15 janvier 2026.',
      );
      expect(count(el, '[part~="primary"]')).to.equal(0);
    });

    it('open until the deadline, with one payment button per tier', async () => {
      const el = await show('2025-12-17T23:59:59+01:00');
      expect(cta(el).classList.contains('open')).to.equal(true);
      expect(plain(part(el, 'dates')!.textContent!)).to.equal(
        'Adhésions ouvertes jusqu’au mercredi 31 décembre 2025 inclus.',
      );
      expect(count(el, '[part~="urgent"]')).to.equal(0);
      expect(count(el, '[part~="primary"]')).to.equal(3);
    });

    it('closing soon from 14 days left, the deadline day counting as the last', async () => {
      const el = await show('2025-12-18T00:00:00+01:00');
      expect(cta(el).classList.contains('closing-soon')).to.equal(true);
      expect(part(el, 'urgent')!.textContent!.trim()).to.equal('Derniers jours\u202f!');
      expect(part(el, 'days-left')!.textContent!.trim()).to.equal('14 jours restants');
      const last = await show('2025-12-31T23:59:00+01:00');
      expect(part(last, 'days-left')!.textContent!.trim()).to.equal('Dernier jour');
    });

    it('the days left are plain text: no live region ticks', async () => {
      const el = await show('2025-12-20T12:00:00+01:00');
      expect(count(el, '[aria-live], [role="status"], [role="timer"], [role="alert"]')).to.equal(0);
    });

    it('closed from 00:00 Paris time the day after the deadline (winter), naming the next campaign', async () => {
      expect(cta(await show('2025-12-31T22:59:59Z')).classList.contains('closing-soon')).to.equal(
        true,
      );
      const el = await show('2025-12-31T23:00:00Z', membershipFeed(), 'fr');
      // currentCampaign picks 2026 (to open on 15 January); asked for 2025, it is closed.
      el.setAttribute('campaign', 'cotisations-2025');
      await el.updateComplete;
      expect(cta(el).classList.contains('closed')).to.equal(true);
      expect(plain(part(el, 'dates')!.textContent!)).to.equal(
        'Les adhésions 2025 sont closes. Prochaine campagne : Cotisations 2026, à partir du 15 janvier 2026.',
      );
      expect(count(el, '[part~="tiers"], [part~="primary"], [part~="reminder"]')).to.equal(0);
      // The campaign's own title and summary are a call to join: replaced once closed.
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Adhésions 2025');
      expect(part(el, 'summary')!.hidden).to.equal(true);
    });

    it('closed from 00:00 Paris time the day after the deadline (summer), with a contact link', async () => {
      const only2026 = membershipFeed([campaign2026]);
      expect(
        cta(await show('2026-06-30T21:59:59Z', only2026)).classList.contains('closing-soon'),
      ).to.equal(true);
      const el = await show('2026-06-30T22:00:00Z', only2026);
      expect(cta(el).classList.contains('closed')).to.equal(true);
      const contact = part(el, 'contact') as HTMLAnchorElement;
      expect(contact.href).to.equal('mailto:contact@example.org');
      expect(contact.textContent!.trim()).to.equal('Nous contacter');
    });

    it('closed with no contact anywhere: no empty actions paragraph is left', async () => {
      const feed = { version: 1, publisher: { name: 'Club Inné' }, membership: [campaign2026] };
      const el = await show('2026-07-01T12:00:00+02:00', feed);
      expect(cta(el).classList.contains('closed')).to.equal(true);
      expect(count(el, '[part~="actions"], [part~="button"]')).to.equal(0);
    });

    it('an example campaign says what "Exemple" means in visible words, not in a tooltip', async () => {
      const el = await show(
        '2025-06-01T12:00:00+02:00',
        membershipFeed([{ ...campaign2025, example: true }]),
      );
      expect(part(el, 'example')!.textContent!.trim()).to.equal('Exemple');
      expect(part(el, 'example')!.hasAttribute('title')).to.equal(false);
      expect(plain(part(el, 'example-hint')!.textContent!)).to.equal(
        'Dates et montants donnés à titre d’exemple',
      );
      await expect(el).to.be.accessible();
    });

    it('names the campaigns of the feed when the campaign given is not one of them', async () => {
      const el = await fixture<InneMembershipCta>(
        html`<inne-membership-cta
          lang="fr"
          debug
          campaign="cotisations-2027"
          .feed=${membershipFeed()}
          .now=${'2025-06-01T12:00:00+02:00'}
        ></inne-membership-cta>`,
      );
      expect(plain(part(el, 'debug')!.textContent!)).to.contain(
        `campaign="cotisations-2027" n’est pas reconnu (attendu : ${campaign2025.id}, ${campaign2026.id}) : valeur ignorée.`,
      );
    });

    it('picks the current campaign of the feed', async () => {
      expect(part(await show('2025-06-01T12:00:00+02:00'), 'title')!.textContent!.trim()).to.equal(
        'Cotisations 2025',
      );
      expect(part(await show('2026-02-01T12:00:00+01:00'), 'title')!.textContent!.trim()).to.equal(
        'Cotisations 2026',
      );
    });
  });

  describe('tiers and payment', () => {
    it('tiers by kind of member, prices the French way, pay what you want, benefits', async () => {
      const el = await show('2025-06-01T12:00:00+02:00');
      const tiers = [...root(el).querySelectorAll('[part~="tier"]')].map((t) =>
        plain(t.textContent!),
      );
      expect(tiers[0]).to.equal(
        'Communes et EPCI 1 200 € Pour : Commune, Intercommunalité (EPCI) Programmes d’accompagnement Adhérer – Communes et EPCI',
      );
      expect(tiers[2]).to.contain('Prix libre, à partir de 10 €');
    });

    it('in English', async () => {
      const el = await show('2025-12-20T12:00:00+01:00', membershipFeed(), 'en');
      expect(part(el, 'urgent')!.textContent!.trim()).to.equal('Last days!');
      expect(part(el, 'days-left')!.textContent!.trim()).to.equal('12 days left');
      expect(text(el)).to.contain('€1,200');
      expect(text(el)).to.contain('Pay what you want, from €10');
      expect(text(el)).to.contain('For: Municipality, Inter-municipal body (EPCI)');
    });

    it('the payment link passes safeUrl, carries the UTM parameters and fires inne-cta-click with the tier', async () => {
      const el = await show('2025-06-01T12:00:00+02:00');
      el.setAttribute('utm-source', 'malaunay.fr');
      el.setAttribute('utm-campaign', 'adhesion 2025');
      await el.updateComplete;
      const link = root(el).querySelectorAll<HTMLAnchorElement>('[part~="primary"]')[1]!;
      expect(link.href).to.equal(
        `${campaign2025.paymentUrl}?utm_source=malaunay.fr&utm_campaign=adhesion+2025`,
      );
      expect(link.rel).to.equal('noopener noreferrer');
      link.addEventListener('click', (e) => e.preventDefault());
      setTimeout(() => link.click());
      const { detail } = await oneEvent(el, 'inne-cta-click');
      expect(detail).to.deep.equal({
        campaign: 'cotisations-2025',
        year: 2025,
        tier: 'entreprise',
        href: link.href,
        state: 'open',
      });
    });

    it('"Me le rappeler" offers an all-day reminder on the deadline as .ics', async () => {
      downloads = stubDownloads();
      const el = await show('2025-06-01T12:00:00+02:00');
      part(el, 'reminder')!.click();
      const [file] = downloads.files;
      expect(file!.name).to.equal('cotisations-2025-rappel.ics');
      expect(file!.href).to.match(/^blob:/);
      const ics = await file!.blob.text();
      expect(ics).to.contain('DTSTART;VALUE=DATE:20251231\r\n');
      expect(ics).to.contain('SUMMARY:Dernier jour\u00a0: Cotisations 2025\r\n');
    });

    it('writes the tiers as schema.org Offers while open, none once closed', async () => {
      const el = await show('2025-06-01T12:00:00+02:00');
      const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(
        data['@graph'].map((o: { '@type': string; price?: number }) => [o['@type'], o.price]),
      ).to.deep.equal([
        ['Offer', 1200],
        ['Offer', 250],
        ['Offer', undefined],
      ]);
      el.setAttribute('campaign', 'cotisations-2025');
      el.now = '2026-01-05T12:00:00+01:00';
      await el.updateComplete;
      expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    });
    it('names a publisher renamed in a feed set again as the seller in the JSON-LD', async () => {
      const el = await show('2025-06-01T12:00:00+02:00');
      const seller = () =>
        JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!)[
          '@graph'
        ][0].seller.name;
      expect(seller()).to.equal('Club Inné');
      el.feed = { ...membershipFeed(), publisher: { name: 'Club Inné Normandie' } };
      await el.updateComplete;
      expect(seller()).to.equal('Club Inné Normandie');
    });
  });

  describe('standalone, from attributes', () => {
    it('needs no feed: no request, the title from the year', async () => {
      fetchStub = stubFetch(never);
      const el = await fixture<InneMembershipCta>(
        html`<inne-membership-cta
          lang="fr"
          year="2026"
          opens="2026-01-15"
          deadline="2026-03-31"
          href="https://www.helloasso.com/associations/club-inne/adhesions/2026"
          .now=${'2026-03-20T10:00:00+01:00'}
        ></inne-membership-cta>`,
      );
      expect(fetchStub.calls).to.have.length(0);
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Adhésions 2026');
      expect(part(el, 'days-left')!.textContent!.trim()).to.equal('12 jours restants');
      expect((part(el, 'primary') as HTMLAnchorElement).href).to.equal(
        'https://www.helloasso.com/associations/club-inne/adhesions/2026',
      );
    });

    it('an unsafe href gives no button at all', async () => {
      const el = await fixture<InneMembershipCta>(
        html`<inne-membership-cta
          deadline="2026-03-31"
          href="javascript:alert(1)"
          .now=${'2026-03-20T10:00:00+01:00'}
        ></inne-membership-cta>`,
      );
      expect(count(el, 'a')).to.equal(0);
      expect(root(el).innerHTML).not.to.contain('javascript:');
    });

    it("an href that is not https is reported, and the campaign's payment buttons stay", async () => {
      const el = await fixture<InneMembershipCta>(
        html`<inne-membership-cta
          lang="en"
          debug
          href="http://example.org/adherer"
          .feed=${membershipFeed()}
          .now=${'2025-06-01T12:00:00+02:00'}
        ></inne-membership-cta>`,
      );
      await expect(el).to.be.accessible();
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="primary"]')];
      expect(links.map((a) => a.href)).to.deep.equal(Array(3).fill(campaign2025.paymentUrl));
      expect(plain(part(el, 'debug')!.textContent!)).to.contain(
        'href="http://example.org/adherer" is not recognised (expected: a full https:// address)',
      );
    });

    it('a deadline that is not a date is reported, and the feed is used instead', async () => {
      const el = await fixture<InneMembershipCta>(
        html`<inne-membership-cta
          lang="fr"
          debug
          deadline="31/03/2026"
          .feed=${membershipFeed()}
          .now=${'2025-06-01T12:00:00+02:00'}
        ></inne-membership-cta>`,
      );
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Cotisations 2025');
      expect(part(el, 'debug')!.textContent).to.contain('deadline');
    });
  });
});
