import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { collectionNames, collectionSchemas, publisherSchema } from '../schema/feed.js';
import { INVALID, fastValidator } from './fast-path.js';
import { sampleFeed } from './sample-feed.fixture.js';

// The fast path must be invisible: for any input, the same verdict as the zod schema, and for a
// valid one the very same value (trimmed texts, absent keys left absent, unknown keys dropped).

const clubFeed = JSON.parse(
  readFileSync(new URL('../../../components/src/club-inne.feed.json', import.meta.url), 'utf8'),
) as Record<string, unknown[] | undefined>;

function agrees(schema: z.ZodMiniType, value: unknown) {
  const expected = schema.safeParse(value);
  const got = fastValidator(schema)(value);
  if (expected.success) assert.deepStrictEqual(got, expected.data);
  else assert.equal(got, INVALID, `accepted what zod refuses: ${JSON.stringify(value)}`);
}

// Values that sit on the schemas' edges: padded and empty texts, surrogate pairs near a
// length limit, URLs zod's parser reads differently, dates with and without offsets.
const edgy = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '  x  ',
    '\u{1F600}'.repeat(41),
    '\u{1F600}'.repeat(81),
    'a'.repeat(81),
    'https://example.org/x',
    'https://exa\nmple.org',
    'https:example.org',
    'https://user:pw@example.org',
    ' https://example.org',
    'mailto:a@b.c',
    '2025-11-06',
    '2025-02-30',
    '2025-11-06T18:00:00+01:00',
    '2025-11-06T18:00:00',
    'Europe/Paris',
    'Mars/Olympus',
    'EUR',
    'porteur',
    'emergence',
    'se-nourrir',
    'commune',
  ),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant(undefined),
);

describe('fastValidator', () => {
  test('gives what zod gives for every item of the club feed and the sample feed', () => {
    const sample = sampleFeed() as unknown as Record<string, unknown[] | undefined>;
    for (const name of collectionNames) {
      for (const item of [...(clubFeed[name] ?? []), ...(sample[name] ?? [])])
        agrees(collectionSchemas[name], item);
    }
    agrees(publisherSchema, sampleFeed().publisher);
  });

  test('agrees with zod when any field of a valid item is replaced or removed', () => {
    const sample = sampleFeed() as unknown as Record<string, object[] | undefined>;
    for (const name of collectionNames) {
      const items = [...(clubFeed[name] ?? []), ...(sample[name] ?? [])] as object[];
      if (!items.length) continue;
      const keys = [...new Set(items.flatMap((i) => Object.keys(i))), 'extra'];
      fc.assert(
        fc.property(
          fc.constantFrom(...items),
          fc.constantFrom(...keys),
          edgy,
          fc.boolean(),
          (item, key, value, remove) => {
            const changed: Record<string, unknown> = { ...item, [key]: value };
            if (remove) delete changed[key];
            agrees(collectionSchemas[name], changed);
          },
        ),
        { numRuns: 300 },
      );
    }
  });

  test('agrees with zod on any JSON at all', () => {
    fc.assert(
      fc.property(fc.constantFrom(...collectionNames), fc.jsonValue({ maxDepth: 3 }), (name, v) =>
        agrees(collectionSchemas[name], v),
      ),
      { numRuns: 300 },
    );
  });
});
