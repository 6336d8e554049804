import * as z from 'zod/mini';
import { feedSchema } from '../schema/feed.js';

/**
 * The JSON Schema (draft 2020-12) of a feed, generated from the same schemas that
 * `parseFeed` uses, so data producers can validate with any tool. Also published as
 * `@club-inne/core/feed.schema.json`.
 */
export function feedJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(feedSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    title: 'Club Inné feed (version 1)',
    description:
      'Actors, projects, events, cooperation links, membership campaigns and EFC assessments of a cooperative network.',
    ...schema,
  };
}
