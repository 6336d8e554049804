import type { Answers } from '../schema/assessment.js';
import { assumedEvidence, evidenceRank } from './evidence-caps.js';
import type { FrameworkIndex } from './framework-index.js';

const ASSUMED = evidenceRank(assumedEvidence);

/** A criterion level as answered. */
export type Level = 0 | 1 | 2 | 3 | 4;

/** Held level of a criterion that is `na`, or in a dimension that is `na`. */
export const NA = -1;

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
  /** As answered: a level, `na`, or `null` when unanswered. */
  declared: (Level | 'na' | null)[];
  evidence: number[];
  /** Counted level (after caps), `NA`, or 4 × the price ratio for the price criterion. */
  held: number[];
  /** Applicable criteria per dimension (0 when the dimension is `na`). */
  applicable: number[];
  /** 0–100, `null` when the dimension is `na`. */
  dimensionScores: (number | null)[];
  /** Overall points that one level of a criterion of each dimension is worth. */
  levelPoints: number[];
  overall: number;
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
 * applicable dimensions with their weights renormalised.
 */
export function evaluate(answers: Answers, index: FrameworkIndex, price: PriceInput): Evaluation {
  const { ids, dimensionOf, dimensions, caps } = index;
  const counted = caps.counted;
  const n = ids.length;
  const m = dimensions.length;
  const declared: Evaluation['declared'] = new Array(n);
  const evidence: number[] = new Array(n);
  const held: number[] = new Array(n);
  const applicable: number[] = new Array(m).fill(0);
  // Working sums, reused from call to call (scoring is synchronous: no two calls interleave).
  const { sums, na } = index.scratch;
  sums.fill(0);
  na.fill(0);
  const ratio = index.price >= 0 ? priceRatio(price) : null;
  let found = 0;

  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    let answer = answers[id];
    if (answer !== undefined) {
      // Only own keys: a criterion id such as `constructor` must not read the prototype.
      if (index.inherited[i] && !has.call(answers, id)) answer = undefined;
      else found++;
    }
    const level = answer?.level;
    // An unknown evidence word counts as missing: `declared`.
    const rank = answer?.evidence === undefined ? -1 : evidenceRank(answer.evidence);
    const e = rank < 0 ? ASSUMED : rank;
    evidence[i] = e;
    let h: number;
    if (i === index.price) {
      declared[i] = null;
      h = ratio === null ? 0 : 4 * ratio;
    } else if (level === 'na') {
      declared[i] = 'na';
      h = NA;
    } else if (level === 0 || level === 1 || level === 2 || level === 3 || level === 4) {
      declared[i] = level;
      h = counted[level * 4 + e]!;
    } else {
      declared[i] = null;
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

  const dimensionScores: (number | null)[] = new Array(m);
  let weighted = 0;
  let weights = 0;
  let anyNa = false;
  for (let d = 0; d < m; d++) {
    if (na[d]! * 2 > dimensions[d]!.criteria.length) {
      dimensionScores[d] = null;
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
  if (anyNa)
    for (let i = 0; i < n; i++) if (dimensionScores[dimensionOf[i]!] === null) held[i] = NA;

  const levelPoints: number[] = new Array(m);
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
    unknown: found < countKeys(answers) ? unknownKeys(answers, index) : [],
  };
}

function countKeys(answers: Answers): number {
  let count = 0;
  for (const key in answers) if (has.call(answers, key)) count++;
  return count;
}

function unknownKeys(answers: Answers, index: FrameworkIndex): string[] {
  return Object.keys(answers).filter((key) => !index.position.has(key));
}
