import * as z from 'zod/mini';
import { evidenceKinds } from '../vocabulary/vocabulary.js';
import { limits } from './limits.js';
import { date, example, id, text } from './primitives.js';

/** One criterion's answer: a level 0–4 or `na`, with the evidence held for it. */
export const answerSchema = z.object({
  level: z.union([
    z.literal(0),
    z.literal(1),
    z.literal(2),
    z.literal(3),
    z.literal(4),
    z.literal('na'),
  ]),
  evidence: z.optional(z.enum(evidenceKinds)),
});

/** Criterion ids are dotted camelCase (`offer.usefulEffects`); never `__proto__`. */
export const criterionIdSchema = z
  .string()
  .check(z.maxLength(limits.id), z.regex(/^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)*$/));

/** The answers of one assessment: one `answerSchema` per criterion id. */
export const answersSchema = z.record(criterionIdSchema, answerSchema);

/** An EFC self-diagnosis of a project or an actor, on a date, with a given framework. */
export const assessmentSchema = z.object({
  id: id(),
  subject: z.object({
    type: z.enum(['project', 'actor']),
    id: id(),
  }),
  framework: z.optional(id()),
  date: date(),
  answers: answersSchema,
  assessor: z.optional(text(limits.name)),
  note: z.optional(text(limits.text)),
  example: example(),
});
/** One criterion's answer: a level 0–4 or `na`, and the evidence held (`declared` when left out). */
export type Answer = z.infer<typeof answerSchema>;
/**
 * The answers of one assessment, by criterion id: what `scoreAssessment` takes. A criterion
 * left out counts as level 0 and is reported as unanswered; a key that is not a criterion of
 * the grid is ignored and reported as unknown.
 *
 * @example
 * const answers: Answers = {
 *   'offer.logic': { level: 3, evidence: 'document' },
 *   'territory.social': { level: 'na' },
 * };
 */
export type Answers = z.infer<typeof answersSchema>;
/** An EFC self-assessment of a project or an actor, as a feed holds it. */
export type Assessment = z.infer<typeof assessmentSchema>;
