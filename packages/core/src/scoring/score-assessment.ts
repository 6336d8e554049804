import type { Localized } from '../i18n/locale.js';
import type { Answers } from '../schema/assessment.js';
import type { Evidence } from '../vocabulary/vocabulary.js';
import { evidenceKinds } from '../vocabulary/vocabulary.js';
import { bestMoves } from './best-moves.js';
import type { Move } from './best-moves.js';
import { DECLARED_NA, evaluate, NA, priceRatio, UNANSWERED } from './evaluate.js';
import type { Evaluation, Level, PriceInput } from './evaluate.js';
import { indexOf } from './framework-index.js';
import type { Framework } from './framework-schema.js';
import { efcEct } from './frameworks/efc-ect.js';
import { roundTo } from './numbers.js';
import { describeUnmet, stageByScore, stageReached, unmetConditions } from './stage-gates.js';
import type { Blocking } from './stage-gates.js';

/** One dimension's result in an `AssessmentScore`: its score 0–100 and its points. */
export interface DimensionScore {
  id: string;
  label: Localized;
  weight: number;
  /** 0–100, one decimal; `null` when more than half of its criteria are `na`. */
  score: number | null;
  /** What it adds to the overall score, two decimals. */
  points: number;
}

/**
 * One criterion's result in an `AssessmentScore`: the level declared and the level counted
 * after evidence caps, the evidence, and the points it adds.
 */
export interface CriterionScore {
  id: string;
  dimension: string;
  label: Localized;
  /** As answered: a level, `na`, or `null` when unanswered (counted 0). */
  declared: Level | 'na' | null;
  /** As counted, after evidence caps; `null` when `na` (itself or its dimension). */
  level: number | null;
  evidence: Evidence;
  /** What it adds to the overall score, two decimals. */
  points: number;
  /** Price criterion: lowest price ÷ this bid's price. */
  ratio?: number;
}

/**
 * A criterion whose level was lowered for lack of evidence: the level declared, the level
 * counted, and the evidence that would make the declared level count.
 */
export interface CappedLevel {
  criterion: string;
  declared: Level;
  level: number;
  evidence: Evidence;
  /** The evidence the declared level needs to count in full. */
  requires: Evidence;
}

/** A maturity stage of the grid, by its index (0 for the first) and its label. */
export interface StageRef {
  readonly index: number;
  readonly label: Localized;
}

/** The result of `scoreAssessment` (field names are the model's contract). */
export interface AssessmentScore {
  framework: Readonly<{ id: string; version: string }>;
  /** 0–100, one decimal (gates compare the unrounded score). */
  overall: number;
  dimensions: DimensionScore[];
  criteria: CriterionScore[];
  /** The highest stage whose gate and every lower gate pass; `null` on a grid without stages. */
  stage: StageRef | null;
  /** The stage the overall score alone would reach. */
  scoreStage: StageRef | null;
  /** The stage after `stage`, if any: what `blocking` is about. */
  nextStage: StageRef | null;
  /** The unmet conditions of the next stage. */
  blocking: Blocking[];
  /** Criteria whose level was capped for lack of evidence. */
  capped: CappedLevel[];
  /** Criteria with no answer (counted 0). */
  unanswered: string[];
  /** Answer keys that are not criteria of the grid (ignored). */
  unknown: string[];
  /**
   * Criteria whose answer is not one the model has: a level other than 0–4 or `na` (the
   * criterion then counts as unanswered, and is listed in `unanswered` too), or an unknown
   * evidence word (the level counts with `declared` evidence). `parseAnswers` says what is
   * wrong with each.
   */
  invalid: string[];
  /** 0–1: the share of the points that rest on `none` or `declared` evidence alone. */
  declaredShare: number;
  /** The few answers whose rise would gain the most or unblock the next stage. */
  nextMoves: Move[];
}

/**
 * Options of `scoreAssessment`: on an award grid, the bid's `price` and the `lowestPrice` of
 * the tender, to score the price criterion (ignored on a grid without one).
 */
export type ScoreOptions = PriceInput;

/**
 * Each dimension's score and points: a loop that reads each score once, rather than `map` and
 * its closure (a few per cent of scoring, which runs 200,000 times a second).
 */
function dimensionScores(ev: Evaluation): DimensionScore[] {
  const { dimensions } = ev.index;
  const out: DimensionScore[] = new Array(dimensions.length);
  for (let d = 0; d < dimensions.length; d++) {
    const dimension = dimensions[d]!;
    const score = ev.dimensionScores[d]!;
    out[d] = {
      id: dimension.id,
      label: dimension.label,
      weight: dimension.weight,
      score: score === NA ? null : roundTo(score, 1),
      points: score === NA ? 0 : roundTo((dimension.weight * score) / ev.weights, 2),
    };
  }
  return out;
}

function stageRef(ev: Evaluation, index: number): StageRef | null {
  return ev.index.stages[index]?.ref ?? null;
}

/**
 * Scores one set of answers with a grid (the `efc-ect` grid by default), exactly as the EFC
 * maturity model says: evidence caps, dimension and overall scores, the stage reached, what
 * blocks the next one, and the few moves that would help most, in French and English.
 * Deterministic and side-effect free. On a tender grid, pass `{ price, lowestPrice }` to
 * score the price criterion (see also `rankBids`); a price that cannot be (not positive, or
 * below the lowest) throws a `BidError` worded in French and English. `framework` left out or
 * `undefined` is the default grid; anything else that is not a grid (an id such as
 * `'efc-tender'`, or the `null` of `frameworkById` for an id it does not know) throws a
 * `TypeError` that says what to pass, as do answers that are not an object (`parseAnswers`
 * reads answers of unknown shape, with messages in French and English).
 *
 * @example
 * const result = scoreAssessment({
 *   'offer.logic': { level: 2, evidence: 'document' },
 *   'offer.usefulEffects': { level: 1 },
 * });
 * result.overall; // 5: offer scores (2 + 1 + 0) / 12 = 25 % of its 20 points
 * result.stage?.label.fr; // 'Logique de volume'
 * result.nextMoves[0]?.message.fr;
 */
export function scoreAssessment(
  answers: Answers,
  framework: Framework = efcEct,
  options: ScoreOptions = {},
): AssessmentScore {
  // Not an object of answers (an untyped caller's null, list or text) would score 0 without a
  // word, as if nothing were answered.
  if (typeof answers !== 'object' || !answers || Array.isArray(answers))
    throw new TypeError(
      `expected answers { "offer.logic": { "level": 2 } }, got ${Array.isArray(answers) ? 'a list' : String(answers)}: parseAnswers reads any input`,
    );
  const ix = indexOf(framework);
  const ev = evaluate(answers, ix, ix.price >= 0 ? priceRatio(options) : null);
  const { criteria, dimensions, dimensionOf } = ix;

  const criterionScores: CriterionScore[] = new Array(criteria.length);
  const capped: CappedLevel[] = [];
  const unanswered: string[] = [];
  let declarative = 0;
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i]!;
    const d = dimensionOf[i]!;
    const held = ev.held[i]!;
    const code = ev.declared[i]!;
    const declared = code === UNANSWERED ? null : code === DECLARED_NA ? 'na' : (code as Level);
    const evidence = evidenceKinds[ev.evidence[i]!]!;
    const points = held === NA ? 0 : held * ev.levelPoints[d]!;
    if (i === ix.price) {
      if (options.price === undefined) unanswered.push(c.id);
      criterionScores[i] = {
        id: c.id,
        dimension: dimensions[d]!.id,
        label: c.label,
        declared,
        level: null,
        evidence,
        points: roundTo(points, 2),
        ratio: roundTo(held / 4, 4),
      };
      continue;
    }
    if (declared === null) unanswered.push(c.id);
    if (held !== NA && code > held) {
      capped.push({
        criterion: c.id,
        declared: code as Level,
        level: held,
        evidence,
        requires: evidenceKinds[ix.caps.evidenceFor[code]!]!,
      });
    }
    if (ev.evidence[i]! <= 1) declarative += points;
    criterionScores[i] = {
      id: c.id,
      dimension: dimensions[d]!.id,
      label: c.label,
      declared,
      level: held === NA ? null : held,
      evidence,
      points: roundTo(points, 2),
    };
  }

  const stage = stageReached(ev);
  const next = ix.stages[stage + 1];
  const unmet = next ? unmetConditions(next, ev) : [];
  return {
    framework: ix.ref,
    overall: roundTo(ev.overall, 1),
    dimensions: dimensionScores(ev),
    criteria: criterionScores,
    stage: stageRef(ev, stage),
    scoreStage: stageRef(ev, stageByScore(ev)),
    nextStage: next ? stageRef(ev, next.index) : null,
    blocking: unmet.map((u) => describeUnmet(u, ev)),
    capped,
    unanswered,
    unknown: ev.unknown,
    invalid: ev.invalid,
    declaredShare:
      ix.hasEvidenceRules && ev.overall > 0 ? roundTo(Math.min(1, declarative / ev.overall), 3) : 0,
    nextMoves: bestMoves(ev, next, unmet),
  };
}
