import * as z from 'zod/mini';
import { criterionIdSchema } from '../schema/assessment.js';
import { limits } from '../schema/limits.js';
import { id, text } from '../schema/primitives.js';
import { evidenceKinds } from '../vocabulary/vocabulary.js';

// The shape of a scoring grid. Only types and ranges live here; the rules that span several
// fields (weights that sum to 100, gates that name known criteria…) are in
// framework-problems.ts, so that a broken grid gets every problem listed at once.

const localized = z.object({ fr: text(limits.text), en: text(limits.text) });

/** Dimension ids are camelCase (`offer`, `coConstruction`); criteria ids add a dot. */
export const dimensionIdSchema = z
  .string()
  .check(z.maxLength(limits.id), z.regex(/^[a-z][A-Za-z0-9]*$/));

const score = z.number().check(z.gte(0), z.lte(100));
const level = z.int().check(z.gte(0), z.lte(4));
const count = z.int().check(z.gte(0), z.lte(1_000_000));
const share = z.number().check(z.gte(0), z.lte(1));

/**
 * One criterion of a grid: its id (`dimension.criterion`), label, five level descriptors, and
 * on an award grid what it judges and whether it is the price.
 */
export const criterionSchema = z.object({
  id: criterionIdSchema,
  label: localized,
  /** Five descriptors, for levels 0 to 4 (none on a price criterion). */
  levels: z.optional(z.array(localized)),
  /** `levels` (default): answered 0–4. `lowest-price-ratio`: lowest price ÷ this price. */
  scoring: z.optional(z.enum(['levels', 'lowest-price-ratio'])),
  /** Award grids: whether it judges the offer or the bidder (a selection matter). */
  about: z.optional(z.enum(['offer', 'bidder'])),
});

/** One dimension of a grid: its weight out of 100 and its criteria, which weigh equally. */
export const dimensionSchema = z.object({
  id: dimensionIdSchema,
  label: localized,
  /** Share of the overall score, in points out of 100. Criteria weigh equally inside. */
  weight: z.number().check(z.gt(0), z.lte(100)),
  criteria: z.array(criterionSchema).check(z.minLength(1), z.maxLength(50)),
});

/** Conditions of a stage; all must hold. A condition on a `na` criterion or dimension holds. */
export const gateSchema = z.object({
  /** Overall score at least this (unrounded). */
  overall: z.optional(score),
  /** Dimension score at least this, by dimension id. */
  dimensions: z.optional(z.record(dimensionIdSchema, score)),
  /** Criterion level (after evidence caps) at least this, by criterion id. */
  criteria: z.optional(z.record(criterionIdSchema, level)),
  /** Every dimension score at least this. */
  everyDimension: z.optional(score),
  /** Every criterion level at least this. */
  everyCriterion: z.optional(level),
});

/** One maturity stage of a diagnostic grid, in order: its label and the gate to reach it. */
export const stageSchema = z.object({
  label: localized,
  description: z.optional(localized),
  /** None on the first stage: every subject is at least there. */
  gate: z.optional(gateSchema),
});

/** A level from `from` up needs at least `requires` evidence, else it counts as `from − 1`. */
export const evidenceCapSchema = z.object({
  from: z.int().check(z.gte(1), z.lte(4)),
  requires: z.enum(evidenceKinds),
});

/** Conditions of an ecosystem phase, computed from a feed by `scoreEcosystem`. */
export const phaseGateSchema = z.object({
  /** At least this many actors… */
  actors: z.optional(count),
  /** …of at least this many kinds. */
  actorKinds: z.optional(count),
  /** Weighted density of cooperation links at least this. */
  weightedDensity: z.optional(share),
  /** At least this many projects at `matureStage` or beyond. */
  matureProjects: z.optional(count),
  /** Share of assessed projects at `matureStage` or beyond. */
  matureShare: z.optional(share),
  /** Some project's latest assessment holds these criteria at these levels. */
  someProject: z.optional(z.record(criterionIdSchema, level)),
  /** Some subject's (project or actor) latest assessment holds these levels. */
  someSubject: z.optional(z.record(criterionIdSchema, level)),
  /** At least this many functional spheres covered. */
  spheresCovered: z.optional(count),
  /** One subject assessed on at least this many different dates (a measured trajectory). */
  assessmentDates: z.optional(count),
});

/**
 * What `scoreEcosystem` needs from a grid: the stage from which a project is mature, the
 * centralisation that flags a pivot actor, and the ecosystem phases with their gates, in order.
 */
export const ecosystemRulesSchema = z.object({
  /** The stage from which a project counts as mature (sphere coverage, share at stage ≥ N). */
  matureStage: z.int().check(z.gte(0), z.lte(20)),
  /** Degree centralisation from which the best-connected actor is flagged as a pivot. */
  pivotCentralisation: share,
  phases: z.array(z.object({ id: id(), label: localized, gate: phaseGateSchema })),
});

/**
 * A scoring grid, as data. `diagnostic` grids (the default) have stages; `award` grids score
 * the bids of a tender and may have one price criterion.
 */
export const frameworkSchema = z.object({
  id: id(),
  version: text(20),
  label: localized,
  description: z.optional(localized),
  purpose: z.optional(z.enum(['diagnostic', 'award'])),
  dimensions: z.array(dimensionSchema).check(z.minLength(1), z.maxLength(20)),
  evidence: z.optional(z.object({ caps: z.array(evidenceCapSchema).check(z.maxLength(4)) })),
  stages: z.optional(z.array(stageSchema).check(z.maxLength(20))),
  ecosystem: z.optional(ecosystemRulesSchema),
});

/** A grid as you write it: checked by `defineFramework`. */
export type FrameworkDefinition = z.input<typeof frameworkSchema>;
/** A grid checked by `defineFramework` (deeply frozen). */
export type Framework = z.output<typeof frameworkSchema>;
/** One dimension of a checked grid (`Framework['dimensions']`). */
export type FrameworkDimension = z.output<typeof dimensionSchema>;
/** One criterion of a checked grid, as listed in its dimension. */
export type FrameworkCriterion = z.output<typeof criterionSchema>;
/** The conditions of a stage (`FrameworkStage.gate`); all must hold. */
export type StageGate = z.output<typeof gateSchema>;
/** One maturity stage of a checked grid; the first has no gate. */
export type FrameworkStage = z.output<typeof stageSchema>;
/** An evidence rule: a level ≥ `from` held without `requires` evidence counts as `from − 1`. */
export type EvidenceCap = z.output<typeof evidenceCapSchema>;
/** The conditions of an ecosystem phase, read by `scoreEcosystem`; all must hold. */
export type PhaseGate = z.output<typeof phaseGateSchema>;
/** A grid's rules for territory indicators (`Framework['ecosystem']`), read by `scoreEcosystem`. */
export type EcosystemRules = z.output<typeof ecosystemRulesSchema>;
