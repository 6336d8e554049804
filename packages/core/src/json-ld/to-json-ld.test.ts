import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Actor } from '../schema/actor.js';
import type { FeedEvent } from '../schema/event.js';
import type { Feed } from '../schema/feed.js';
import type { Campaign } from '../schema/membership.js';
import type { Project } from '../schema/project.js';
import { emptyFeed } from '../schema/empty-feed.js';
import { toJsonLd } from './to-json-ld.js';
import type { JsonLdDocument, JsonLdNode } from './types.js';

const graph = (doc: JsonLdDocument) => (doc as { '@graph'?: JsonLdNode[] })['@graph'] ?? [];

const actors: Actor[] = [
  {
    id: 'club',
    name: 'Club Inné',
    kind: 'association',
    url: 'https://www.clubinne.fr/',
    contact: 'mailto:contact@clubinne.fr',
  },
  { id: 'malaunay', name: 'Ville de Malaunay', kind: 'commune', member: true },
  { id: 'ademe', name: 'ADEME', kind: 'financeur' },
  { id: 'lnc', name: 'Les Nouvelles Coordonnées', kind: 'scic', url: 'javascript:alert(1)' },
];
const event: FeedEvent = {
  id: 'pleniere',
  title: 'Plénière',
  kind: 'pleniere',
  summary: 'Bilan',
  start: '2025-11-06T18:00:00+01:00',
  end: '2025-11-06T20:00:00+01:00',
  place: {
    name: 'Halle',
    streetAddress: '1 place',
    postalCode: '76000',
    locality: 'Rouen',
    country: 'FR',
  },
  registrationUrl: 'https://www.helloasso.com/e',
  organizers: ['club', 'unknown'],
};
const project: Project = {
  id: 'autopartage',
  title: 'Autopartage',
  spheres: ['se-deplacer'],
  phase: 'structuration',
  started: '2024-03-01',
  actors: [
    { actor: 'malaunay', role: 'porteur' },
    { actor: 'lnc', role: 'partenaire' },
    { actor: 'ademe', role: 'financeur' },
    { actor: 'club', role: 'accompagnateur' },
  ],
};
const campaign: Campaign = {
  id: 'cotisations-2025',
  year: 2025,
  title: 'Cotisations 2025',
  opens: '2025-01-15',
  deadline: '2025-12-31',
  paymentUrl: 'https://www.helloasso.com/adhesion',
  tiers: [
    {
      id: 'commune',
      label: 'Communes',
      for: ['commune'],
      price: { amount: 120000, currency: 'EUR' },
    },
    {
      id: 'libre',
      label: 'Particuliers',
      for: ['particulier'],
      payWhatYouWant: { minimum: { amount: 1000, currency: 'EUR' } },
    },
  ],
};
const feed: Feed = {
  ...emptyFeed(),
  publisher: { name: 'Club Inné', url: 'https://www.clubinne.fr/' },
  actors,
  projects: [project],
  events: [event],
  membership: [campaign],
};

describe('toJsonLd: events', () => {
  test('an Event with dates, status, attendance, Place with PostalAddress, organizer and offer', () => {
    assert.deepEqual(toJsonLd(event, { feed }), {
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://www.clubinne.fr/#event-pleniere',
      name: 'Plénière',
      description: 'Bilan',
      startDate: '2025-11-06T18:00:00+01:00',
      endDate: '2025-11-06T20:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Halle',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '1 place',
          postalCode: '76000',
          addressLocality: 'Rouen',
          addressCountry: 'FR',
        },
      },
      organizer: {
        '@type': 'NGO',
        '@id': 'https://www.clubinne.fr/#actor-club',
        name: 'Club Inné',
        url: 'https://www.clubinne.fr/',
      },
      offers: {
        '@type': 'Offer',
        url: 'https://www.helloasso.com/e',
        availability: 'https://schema.org/InStock',
      },
    });
  });

  test('cancelled and postponed events say so', () => {
    const cancelled = toJsonLd({ ...event, status: 'cancelled' });
    assert.equal(
      (cancelled as Record<string, unknown>).eventStatus,
      'https://schema.org/EventCancelled',
    );
    const postponed = toJsonLd({ ...event, status: 'postponed' });
    assert.equal(
      (postponed as Record<string, unknown>).eventStatus,
      'https://schema.org/EventPostponed',
    );
  });

  test('a full event is still scheduled, with a sold-out offer and its price', () => {
    const full = toJsonLd({
      ...event,
      status: 'full',
      price: { amount: 1500, currency: 'EUR' },
    }) as Record<string, unknown>;
    assert.equal(full.eventStatus, 'https://schema.org/EventScheduled');
    assert.deepEqual(full.offers, {
      '@type': 'Offer',
      url: 'https://www.helloasso.com/e',
      price: 15,
      priceCurrency: 'EUR',
      availability: 'https://schema.org/SoldOut',
    });
  });

  test('online: a VirtualLocation; mixed: both; without a feed the organizer is left out', () => {
    const online = toJsonLd({
      ...event,
      place: undefined,
      attendance: 'online',
      onlineUrl: 'https://visio.example.org/x',
    }) as Record<string, unknown>;
    assert.equal(online.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
    assert.deepEqual(online.location, {
      '@type': 'VirtualLocation',
      url: 'https://visio.example.org/x',
    });
    assert.equal(online.organizer, undefined);
    const mixed = toJsonLd({ ...event, onlineUrl: 'https://visio.example.org/x' }) as Record<
      string,
      unknown
    >;
    assert.equal(mixed.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
    assert.deepEqual(
      (mixed.location as { '@type': string }[]).map((l) => l['@type']),
      ['Place', 'VirtualLocation'],
    );
  });

  test('without organizers, the publisher organises; without a base, ids are blank nodes', () => {
    const doc = toJsonLd(
      { ...event, organizers: undefined },
      { feed: { actors: [], publisher: { name: 'Club Inné' } } },
    ) as Record<string, unknown>;
    assert.deepEqual(doc.organizer, {
      '@type': 'Organization',
      '@id': '_:publisher',
      name: 'Club Inné',
    });
    assert.equal(doc['@id'], '_:event-pleniere');
  });

  test('all-day events keep plain dates', () => {
    const doc = toJsonLd({ ...event, start: '2025-11-06', end: '2025-11-08' }) as Record<
      string,
      unknown
    >;
    assert.deepEqual([doc.startDate, doc.endDate], ['2025-11-06', '2025-11-08']);
  });
});

describe('toJsonLd: actors, projects, membership', () => {
  test('an actor is an Organization (or a more precise kind); unsafe URLs are dropped', () => {
    assert.deepEqual(toJsonLd(actors[1]!, { feed }), {
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      '@id': 'https://www.clubinne.fr/#actor-malaunay',
      name: 'Ville de Malaunay',
      memberOf: {
        '@type': 'Organization',
        '@id': 'https://www.clubinne.fr/#publisher',
        name: 'Club Inné',
        url: 'https://www.clubinne.fr/',
      },
    });
    const lnc = toJsonLd(actors[3]!) as Record<string, unknown>;
    assert.equal(lnc['@type'], 'Organization');
    assert.equal(lnc.url, undefined);
    assert.equal((toJsonLd(actors[0]!) as Record<string, unknown>).email, 'contact@clubinne.fr');
  });

  test('a Project with members, funders and sponsors from the roles', () => {
    const doc = toJsonLd(project, { feed }) as Record<string, unknown>;
    const names = (key: string) => (doc[key] as { name: string }[] | undefined)?.map((n) => n.name);
    assert.equal(doc['@type'], 'Project');
    assert.deepEqual(names('member'), ['Ville de Malaunay', 'Les Nouvelles Coordonnées']);
    assert.deepEqual(names('funder'), ['ADEME']);
    assert.deepEqual(names('sponsor'), ['Club Inné']);
    assert.equal(doc.foundingDate, '2024-03-01');
    assert.equal(doc.keywords, 'Se déplacer, Structuration');
  });

  test('a campaign is one Offer per tier, valid through the end of the deadline day in Paris', () => {
    const [commune, libre] = graph(toJsonLd(campaign, { feed }));
    assert.equal(commune?.['@type'], 'Offer');
    assert.equal(commune?.name, 'Cotisations 2025 – Communes');
    assert.equal(commune?.price, 1200);
    assert.equal(commune?.priceCurrency, 'EUR');
    assert.equal(commune?.validFrom, '2025-01-15T00:00+01:00');
    assert.equal(commune?.validThrough, '2025-12-31T23:59:59+01:00');
    assert.equal(commune?.url, 'https://www.helloasso.com/adhesion');
    assert.equal(libre?.price, undefined);
    assert.deepEqual(libre?.priceSpecification, {
      '@type': 'PriceSpecification',
      minPrice: 10,
      priceCurrency: 'EUR',
    });
  });

  test('summer deadlines end at 23:59:59+02:00', () => {
    const doc = toJsonLd({ ...campaign, tiers: undefined, deadline: '2026-06-30' }) as Record<
      string,
      unknown
    >;
    assert.equal(doc['@type'], 'Offer');
    assert.equal(doc.validThrough, '2026-06-30T23:59:59+02:00');
  });
});

describe('toJsonLd: a feed', () => {
  test('an @graph of the publisher, actors, projects, events and offers', () => {
    const doc = toJsonLd(feed);
    assert.deepEqual(
      graph(doc).map((n) => n['@type']),
      [
        'Organization',
        'NGO',
        'GovernmentOrganization',
        'Organization',
        'Organization',
        'Project',
        'Event',
        'Offer',
        'Offer',
      ],
    );
    assert.equal(doc['@context'], 'https://schema.org');
  });

  test('never writes an unsafe URL, wherever it comes from', () => {
    const hostile: Feed = {
      ...feed,
      publisher: { name: 'X', url: 'javascript:alert(1)' },
      events: [
        {
          ...event,
          url: 'data:text/html,x',
          registrationUrl: ' javascript:alert(1)',
          onlineUrl: 'http://x.org',
        },
      ],
    };
    const text = JSON.stringify(toJsonLd(hostile));
    assert.ok(!/javascript:|data:|http:\/\//i.test(text), text);
  });
});

test('toJsonLd given nothing usable says what it expects', () => {
  for (const input of [null, undefined, 'feed', 3])
    assert.throws(() => toJsonLd(input as never), {
      name: 'TypeError',
      message: 'toJsonLd: expected a feed, an event, an actor, a project or a campaign',
    });
});
