// A small valid feed that tests start from and then break one piece at a time. Every
// collection is present and every kind of reference is used, so a test can break any rule.

/** A fresh copy each call: tests mutate it freely. */
export function sampleFeed() {
  return {
    version: 1,
    publisher: { name: 'Club Inné', contact: 'mailto:contact@example.org' },
    updatedAt: '2025-11-20T10:00:00+01:00',
    actors: [
      { id: 'malaunay', name: 'Ville de Malaunay', kind: 'commune', member: true },
      {
        id: 'lnc',
        name: 'Les Nouvelles Coordonnées',
        kind: 'scic',
        url: 'https://example.org/lnc',
      },
    ],
    projects: [
      {
        id: 'eco-scenographie',
        title: 'Éco-scénographie',
        phase: 'consolidation',
        spheres: ['se-cultiver'],
        actors: [{ actor: 'lnc', role: 'porteur' }],
      },
      { id: 'autopartage', title: 'Autopartage', spheres: ['se-deplacer'] },
      { id: 'vie-des-sols', title: 'Vie des sols' },
    ],
    events: [
      {
        id: 'pleniere',
        title: 'Désectoriser l’Art',
        kind: 'pleniere',
        start: '2025-11-06T18:00:00+01:00',
        end: '2025-11-06T20:00:00+01:00',
        timeZone: 'Europe/Paris',
        organizers: ['lnc'],
        projects: ['eco-scenographie'],
      },
    ],
    links: [
      {
        id: 'malaunay-lnc',
        from: 'malaunay',
        to: 'lnc',
        intensity: 2,
        project: 'eco-scenographie',
      },
    ],
    membership: [
      {
        id: 'cotisations-2025',
        year: 2025,
        title: 'Cotisations 2025',
        opens: '2025-01-01',
        deadline: '2025-12-31',
        tiers: [{ id: 'commune', label: 'Commune', price: { amount: 10000, currency: 'EUR' } }],
      },
    ],
    assessments: [
      {
        id: 'eco-scenographie-2025',
        subject: { type: 'project', id: 'eco-scenographie' },
        date: '2025-10-01',
        answers: { 'offer.usefulEffects': { level: 2, evidence: 'declared' } },
      },
    ],
  };
}

/** The sample feed with one item's fields replaced (a field set to `undefined` is missing). */
export function sampleFeedWith(
  collection: string,
  index: number,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const feed: Record<string, unknown> = sampleFeed();
  const items = feed[collection] as Record<string, unknown>[];
  items[index] = { ...items[index], ...patch };
  return feed;
}
