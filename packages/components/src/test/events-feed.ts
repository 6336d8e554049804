// Events and membership campaigns for the component tests. Times are frozen with `now`.
import type { Campaign, FeedEvent } from '@club-inne/core';
import { actors } from './feeds.js';

/** Thursday 6 November 2025, 17:00 in Paris: between the plenary's start and its end. */
export const duringPlenary = new Date('2025-11-06T17:00:00+01:00');

export const events: FeedEvent[] = [
  {
    id: 'pleniere',
    title: 'Plénière « Désectoriser l’Art »',
    kind: 'pleniere',
    summary: 'Les usages culturels ont des effets utiles.',
    start: '2025-11-06T14:00:00+01:00',
    end: '2025-11-06T18:00:00+01:00',
    attendance: 'mixed',
    place: { name: 'Halle aux toiles', locality: 'Rouen' },
    onlineUrl: 'https://visio.example.org/pleniere',
    registrationUrl: 'https://www.helloasso.com/associations/club-inne/evenements/pleniere',
    url: 'https://example.org/pleniere',
    spheres: ['se-cultiver'],
    organizers: ['club-inne'],
  },
  {
    id: 'atelier-mobilite',
    title: 'Atelier mobilité partagée',
    kind: 'atelier',
    start: '2025-11-20T09:30:00+01:00',
    end: '2025-11-20T12:00:00+01:00',
    attendance: 'in-person',
    place: { name: 'Mairie', locality: 'Malaunay' },
    registrationUrl: 'https://example.org/inscription',
    status: 'full',
    spheres: ['se-deplacer'],
    organizers: ['lnc'],
    price: { amount: 1500, currency: 'EUR' },
  },
  {
    id: 'webinaire-efc',
    title: 'Webinaire EFC',
    kind: 'webinaire',
    start: '2025-12-02T11:00:00+01:00',
    attendance: 'online',
    onlineUrl: 'https://visio.example.org/efc',
    status: 'cancelled',
  },
  {
    id: 'formation-efc',
    title: 'Formation EFC',
    kind: 'formation',
    start: '2025-12-09',
    end: '2025-12-11',
    status: 'postponed',
    example: true,
  },
  {
    id: 'visite-printemps',
    title: 'Visite de printemps',
    kind: 'visite',
    start: '2025-03-12T14:00:00+01:00',
    end: '2025-03-12T17:00:00+01:00',
  },
];

/** An event at 02:30 on the last Sunday of March 2026, a time Paris skips. */
export const dstGapEvent: FeedEvent = {
  id: 'nuit-du-changement',
  title: 'Nuit du changement d’heure',
  kind: 'visite',
  start: '2026-03-29T02:30:00+01:00',
};

export function eventsFeed(extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    publisher: { name: 'Club Inné', url: 'https://www.clubinne.fr/' },
    actors,
    events,
    ...extra,
  };
}

export const campaign2025: Campaign = {
  id: 'cotisations-2025',
  year: 2025,
  title: 'Cotisations 2025',
  summary: 'Adhérez au Club Inné.',
  opens: '2025-01-15',
  deadline: '2025-12-31',
  paymentUrl: 'https://www.helloasso.com/associations/club-inne/adhesions/cotisations-2025',
  contact: 'mailto:contact@example.org',
  tiers: [
    {
      id: 'commune',
      label: 'Communes et EPCI',
      for: ['commune', 'epci'],
      price: { amount: 120000, currency: 'EUR' },
      benefits: ['Programmes d’accompagnement'],
    },
    {
      id: 'entreprise',
      label: 'Entreprises',
      for: ['entreprise'],
      price: { amount: 25000, currency: 'EUR' },
    },
    {
      id: 'particulier',
      label: 'Particuliers',
      for: ['particulier'],
      payWhatYouWant: { minimum: { amount: 1000, currency: 'EUR' } },
    },
  ],
};

export const campaign2026: Campaign = {
  id: 'cotisations-2026',
  year: 2026,
  title: 'Cotisations 2026',
  opens: '2026-01-15',
  deadline: '2026-06-30',
  paymentUrl: 'https://www.helloasso.com/associations/club-inne/adhesions/cotisations-2026',
};

export function membershipFeed(membership: Campaign[] = [campaign2025, campaign2026]) {
  return {
    version: 1,
    publisher: { name: 'Club Inné', contact: 'mailto:contact@example.org' },
    membership,
  };
}
