import type { Answers } from '../schema/assessment.js';
import { assumedEvidence, evidenceRank } from './evidence-caps.js';
import type { FrameworkIndex } from './framework-index.js';

const ASSUMED = evidenceRank(assumedEvidence);

/** A criterion level as answered. */
export type Level = 0 | 1 | 2 | 3 | 4;

/**
 * Held level of a criterion that is `na` (itself or its dimension), and score of a `na`
 * dimension. Numbers only, with sentinels rather than `null` or strings: V8 keeps such arrays
 * unboxed, and scoring runs 200,000 times a second.
 */
export const NA = -1;

/** Declared level of a criterion with no answer, and of one answered `na`. */
export const UNANSWERED = -1;
export const DECLARED_NA = -2;

/** A bid's price, for the price criterion of an award grid. */
export interface PriceInput {
  /** This bid's price (any unit, the same for every bid). */
  price?: number;
  /** The lowest price among the bids; this bid's own price when omitted. */
  lowestPrice?: number;
}

/** The numbers of one assessment against one grid, unrounded, before any wording. */
export interface Evaluation {
  index: FrameworkIndex;
  /** As answered: a level 0–4, `DECLARED_NA` or `UNANSWERED`. */
  declared: number[];
  evidence: number[];
  /** Counted level (after caps), `NA`, or 4 × the price ratio for the price criterion. */
  held: number[];
  /** Applicable criteria per dimension (0 when the dimension is `na`). */
  applicable: number[];
  /** 0–100, `NA` when the dimension is `na`. */
  dimensionScores: number[];
  /** Overall points that one level of a criterion of each dimension is worth. */
  levelPoints: number[];
  overall: number;
  /** Sum of the weights of the applicable dimensions. */
  weights: number;
  /** Answer keys that are not criteria of the grid. */
  unknown: string[];
}

const has = Object.prototype.hasOwnProperty;

function priceRatio(input: PriceInput): number | null {
  const { price, lowestPrice = price } = input;
  if (price === undefined) return null;
  if (!(price > 0) || !Number.isFinite(price) || !(lowestPrice! > 0)) {
    throw new RangeError(
      `A price must be a positive number (got ${price}, lowest ${lowestPrice}).`,
    );
  }
  if (lowestPrice! > price) {
    throw new RangeError(`The lowest price (${lowestPrice}) is above this bid's price (${price}).`);
  }
  return lowestPrice! / price;
}

/**
 * Applies the model's computation: caps first, then dimension scores (`na` leaves the
 * potential; a dimension more than half `na` is `na`), then the overall score over the
 * applicable dimensions with their weights renormalised. The arrays of the result are the
 * grid's working arrays: read them before the next call with the same grid (internal use).
 */
export function evaluate(answers: Answers, index: FrameworkIndex, price: PriceInput): Evaluation {
  const { ids, dimensionOf, dimensions, caps, position } = index;
  const counted = caps.counted;
  const n = ids.length;
  const m = dimensions.length;
  // The grid's working arrays, reused from call to call: scoring is synchronous, so no two
  // calls interleave, and an Evaluation is read to the end before the next one starts.
  const { declared, evidence, held, applicable, sums, na, dimensionScores, levelPoints } =
    index.scratch;
  applicable.fill(0);
  sums.fill(0);
  na.fill(0);
  const ratio = index.price >= 0 ? priceRatio(price) : null;
  declared.fill(UNANSWERED);

  // One pass over the answers' own keys (V8 reads `answers[key]` inside `for…in` straight
  // from its enum cache), each mapped to its criterion: unknown keys come out of the same pass.
  let unknown: string[] | undefined;
  for (const key in answers) {
    if (!has.call(answers, key)) continue;
    const i = position.get(key);
    if (i === undefined) {
      (unknown ??= []).push(key);
      continue;
    }
    const answer = answers[key] as Partial<Answers[string]> | null | undefined;
    // Untyped callers pass anything: a junk answer counts as no answer.
    if (typeof answer !== 'object' || answer === null) continue;
    const level = answer.level;
    // An unknown evidence word counts as missing: `declared`.
    const rank = answer.evidence === undefined ? -1 : evidenceRank(answer.evidence);
    evidence[i] = rank < 0 ? ASSUMED : rank;
    if (level === 'na') declared[i] = DECLARED_NA;
    else if (level === 0 || level === 1 || level === 2 || level === 3 || level === 4) {
      declared[i] = level;
    }
  }

  for (let i = 0; i < n; i++) {
    const said = declared[i]!;
    let h: number;
    if (i === index.price) {
      if (said < 0) evidence[i] = ASSUMED;
      declared[i] = UNANSWERED;
      h = ratio === null ? 0 : 4 * ratio;
    } else if (said === DECLARED_NA) {
      h = NA;
    } else if (said >= 0) {
      h = counted[said * 4 + evidence[i]!]!;
    } else {
      evidence[i] = ASSUMED;
      h = 0;
    }
    held[i] = h;
    const d = dimensionOf[i]!;
    if (h === NA) na[d] = na[d]! + 1;
    else {
      applicable[d] = applicable[d]! + 1;
      sums[d] = sums[d]! + h;
    }
  }

  let weighted = 0;
  let weights = 0;
  let anyNa = false;
  for (let d = 0; d < m; d++) {
    if (na[d]! * 2 > dimensions[d]!.criteria.length) {
      dimensionScores[d] = NA;
      applicable[d] = 0;
      anyNa = true;
    } else {
      const score = (100 * sums[d]!) / (4 * applicable[d]!);
      dimensionScores[d] = score;
      weighted += dimensions[d]!.weight * score;
      weights += dimensions[d]!.weight;
    }
  }
  // A `na` dimension makes all its criteria `na`, for gates as for scores.
  if (anyNa) for (let i = 0; i < n; i++) if (dimensionScores[dimensionOf[i]!] === NA) held[i] = NA;

  for (let d = 0; d < m; d++) {
    levelPoints[d] = applicable[d]
      ? (100 * dimensions[d]!.weight) / (weights * 4 * applicable[d]!)
      : 0;
  }

  return {
    index,
    declared,
    evidence,
    held,
    applicable,
    dimensionScores,
    levelPoints,
    overall: weights > 0 ? weighted / weights : 0,
    weights,
    unknown: unknown ?? [],
  };
}
