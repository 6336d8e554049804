import * as z from 'zod/mini';
import { feedSchema } from '../schema/feed.js';

/**
 * The JSON Schema (draft 2020-12) of a feed, generated from the same schemas that
 * `parseFeed` uses, so data producers can validate with any tool. Also published as
 * `@club-inne/core/feed.schema.json`.
 *
 * It describes what a producer writes (`io: 'input'`): unknown fields such as `$schema` are
 * allowed, as `parseFeed` ignores them. Rules a JSON Schema cannot say (known time zones, an
 * end after its start, references between items) are checked by `parseFeed` / `inne validate`.
 *
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('feed.schema.json', JSON.stringify(feedJsonSchema(), null, 2));
 */
export function feedJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(feedSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io: 'input',
  });
  return {
    $schema,
    title: 'Club Inné feed (version 1)',
    description:
      'Actors, projects, events, cooperation links, membership campaigns and EFC assessments of a cooperative network.',
    ...schema,
  };
}
