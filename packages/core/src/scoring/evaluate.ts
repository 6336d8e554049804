import type { Answers } from '../schema/assessment.js';
import { BidError } from './bid-error.js';
import { assumedEvidence, evidenceRank } from './evidence-caps.js';
import type { FrameworkIndex } from './framework-index.js';

const ASSUMED = evidenceRank(assumedEvidence);
// `hasOwnProperty.call` inside `for…in`: TurboFan knows the key is own and drops the check.
const { hasOwnProperty } = Object.prototype;

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
  /** Criteria whose answer has a level or an evidence word the model does not have. */
  invalid: string[];
}

/**
 * A bid's price ratio (lowest price ÷ its price), `null` when no price is given; a `BidError`
 * (a range error) for a price that cannot be. For a grid with a price criterion only (`index.price ≥ 0`).
 */
export function priceRatio(input: PriceInput): number | null {
  const { price, lowestPrice = price } = input;
  if (price === undefined) return null;
  if (!(price > 0) || !Number.isFinite(price) || !(lowestPrice! > 0)) {
    throw new BidError([
      {
        code: 'invalid-price',
        message: {
          fr: `un prix doit être un nombre positif (reçu ${price}, prix le plus bas ${lowestPrice})`,
          en: `A price must be a positive number (got ${price}, lowest ${lowestPrice}).`,
        },
      },
    ]);
  }
  if (lowestPrice! > price) {
    throw new BidError([
      {
        code: 'lowest-price-above-price',
        message: {
          fr: `le prix le plus bas (${lowestPrice}) dépasse le prix de cette offre (${price})`,
          en: `The lowest price (${lowestPrice}) is above this bid's price (${price}).`,
        },
      },
    ]);
  }
  return lowestPrice! / price;
}

/**
 * Applies the model's computation: caps first, then dimension scores (`na` leaves the
 * potential; a dimension more than half `na` is `na`), then the overall score over the
 * applicable dimensions with their weights renormalised. The arrays of the result are the
 * grid's working arrays: read them before the next call with the same grid (internal use).
 * `ratio` is the price criterion's (see `priceRatio`), `null` on a grid without one: a page
 * that only shows stages does not carry the price rules.
 */
export function evaluate(
  answers: Answers,
  index: FrameworkIndex,
  ratio: number | null,
): Evaluation {
  const { ids, position, sizes, weights: dimensionWeights } = index;
  const counted = index.caps.counted;
  const priceAt = index.price;
  // The grid's working arrays, reused from call to call: scoring is synchronous, so no two
  // calls interleave, and an Evaluation is read to the end before the next one starts.
  const { declared, evidence, held, applicable, dimensionScores, levelPoints } = index.scratch;
  const n = declared.length;
  const m = sizes.length;
  // Loops rather than `fill`: on arrays this short, the builtin call costs more than the work.
  for (let i = 0; i < n; i++) declared[i] = UNANSWERED;

  // One pass over the answers' own keys, each mapped to its criterion: unknown keys come out of
  // the same pass (V8 reads `answers[key]` inside `for…in` straight from its enum cache).
  // Answers mostly follow the grid's order, so the criterion after the last one found is tried
  // first: comparing two strings V8 keeps unique is cheaper than hashing into the map.
  let unknown: string[] | undefined;
  let invalid: string[] | undefined;
  let expected = 0;
  for (const key in answers) {
    if (!hasOwnProperty.call(answers, key)) continue;
    const i = key === ids[expected] ? expected : position.get(key);
    if (i === undefined) {
      (unknown ??= []).push(key);
      continue;
    }
    expected = i + 1;
    const answer = answers[key] as Partial<Answers[string]> | null | undefined;
    // Untyped callers pass anything: a junk answer counts as no answer, and is named as such
    // so that a caller can tell a typo from a question left blank.
    if (typeof answer !== 'object' || answer === null) {
      (invalid ??= []).push(key);
      continue;
    }
    const level = answer.level;
    if (level === 'na') declared[i] = DECLARED_NA;
    else if (level === 0 || level === 1 || level === 2 || level === 3 || level === 4) {
      declared[i] = level;
    } else {
      (invalid ??= []).push(key);
      continue;
    }
    // An unknown evidence word counts as missing: `declared`.
    const rank = answer.evidence === undefined ? -1 : evidenceRank(answer.evidence);
    if (rank < 0 && answer.evidence !== undefined) (invalid ??= []).push(key);
    evidence[i] = rank < 0 ? ASSUMED : rank;
  }

  // Criteria are laid out dimension after dimension: one pass does both.
  let weighted = 0;
  let weights = 0;
  for (let d = 0, i = 0; d < m; d++) {
    const first = i;
    const end = i + sizes[d]!;
    let sum = 0;
    let na = 0;
    for (; i < end; i++) {
      const said = declared[i]!;
      let h: number;
      if (i === priceAt) {
        if (said < 0) evidence[i] = ASSUMED;
        declared[i] = UNANSWERED;
        h = ratio === null ? 0 : 4 * ratio;
      } else if (said >= 0) {
        h = counted[said * 4 + evidence[i]!]!;
      } else if (said === DECLARED_NA) {
        held[i] = NA;
        na++;
        continue;
      } else {
        evidence[i] = ASSUMED;
        h = 0;
      }
      held[i] = h;
      sum += h;
    }
    if (na * 2 > sizes[d]!) {
      // A `na` dimension makes all its criteria `na`, for gates as for scores.
      for (let j = first; j < end; j++) held[j] = NA;
      dimensionScores[d] = NA;
      applicable[d] = 0;
    } else {
      const count = sizes[d]! - na;
      const score = (100 * sum) / (4 * count);
      applicable[d] = count;
      dimensionScores[d] = score;
      weighted += dimensionWeights[d]! * score;
      weights += dimensionWeights[d]!;
    }
  }

  for (let d = 0; d < m; d++) {
    levelPoints[d] = applicable[d]
      ? (100 * dimensionWeights[d]!) / (weights * 4 * applicable[d]!)
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
    invalid: invalid ?? [],
  };
}
