// Without zod on purpose, like limits.ts: reading a feed in a browser needs the collections'
// names, not their schemas (schema/feed.ts, which must list the same ones).

const names = ['actors', 'projects', 'events', 'links', 'membership', 'assessments'] as const;

/** A collection a feed may hold. */
export type CollectionName = (typeof names)[number];

/** Every collection a feed may hold. Order is display order. */
export const collectionNames: CollectionName[] = [...names];
