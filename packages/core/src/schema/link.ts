import * as z from 'zod/mini';
import { limits } from './limits.js';
import { example, id, text } from './primitives.js';

/**
 * A cooperation between two actors. `intensity` follows Himmelman's continuum:
 * 1 networking (exchange of information), 2 coordinating, 3 cooperating (shared resources),
 * 4 collaborating (co-production, shared value and risks).
 */
export const linkSchema = z.object({
  id: id(),
  from: id(),
  to: id(),
  intensity: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  label: z.optional(text(limits.short)),
  /** The project the cooperation serves, by id. */
  project: z.optional(id()),
  example: example(),
});
/** A cooperation between two actors, with its intensity on Himmelman's continuum (1–4). */
export type Link = z.infer<typeof linkSchema>;
