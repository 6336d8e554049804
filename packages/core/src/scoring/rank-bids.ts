import type { Localized } from '../i18n/locale.js';
import type { Answers } from '../schema/assessment.js';
import { BidError } from './bid-error.js';
import type { BidProblem } from './bid-error.js';
import { evaluate, priceRatio } from './evaluate.js';
import { indexOf } from './framework-index.js';
import type { Framework } from './framework-schema.js';
import { EPSILON, formatNumber, roundTo } from './numbers.js';
import { scoreAssessment } from './score-assessment.js';
import type { AssessmentScore } from './score-assessment.js';

/** One bid of a tender: the evaluator's levels for each criterion, and its price. */
export interface Bid {
  id: string;
  /** The bidder's name, as the report should show it. */
  label?: string;
  answers: Answers;
  /** Required when the grid has a price criterion; any unit, the same for every bid. */
  price?: number;
}

/** One bid in a `BidRanking`: its rank, total, points per criterion and a justification. */
export interface RankedBid {
  /** 1 for the best; tied bids share a rank (1, 1, 3). */
  rank: number;
  id: string;
  label?: string;
  /** Points out of 100, two decimals. */
  total: number;
  price?: number;
  /** Points per criterion id, two decimals: the justification, criterion by criterion. */
  points: Record<string, number>;
  /** Other bids with the same total: the tender's published tie-break rule decides. */
  tiedWith: string[];
  score: AssessmentScore;
  /** One sentence per bid, to justify its rank to the bidder. */
  justification: Localized;
}

/**
 * What `rankBids` returns: the grid used, each criterion with its maximum points, the lowest
 * price (`null` on a grid without a price criterion), and the bids best first.
 */
export interface BidRanking {
  framework: { id: string; version: string };
  /** Each criterion with the most points it can give. */
  criteria: { id: string; label: Localized; maxPoints: number }[];
  lowestPrice: number | null;
  ranking: RankedBid[];
}

const ordinal = (n: number): Localized => ({
  fr: n === 1 ? '1er' : `${n}e`,
  en: `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`,
});

function checkBids(bids: readonly Bid[], hasPrice: boolean): void {
  const problems: BidProblem[] = [];
  const seen = new Set<string>();
  for (const bid of bids) {
    if (seen.has(bid.id)) {
      problems.push({
        code: 'duplicate-bid',
        bid: bid.id,
        message: {
          fr: `l’offre «\u00a0${bid.id}\u00a0» figure deux fois`,
          en: `bid "${bid.id}" is listed twice`,
        },
      });
    }
    seen.add(bid.id);
    if (
      hasPrice &&
      !(typeof bid.price === 'number' && bid.price > 0 && Number.isFinite(bid.price))
    ) {
      problems.push({
        code: 'invalid-price',
        bid: bid.id,
        message: {
          fr: `l’offre «\u00a0${bid.id}\u00a0» doit avoir un prix positif`,
          en: `bid "${bid.id}" needs a positive price`,
        },
      });
    }
    for (const [criterion, answer] of Object.entries(bid.answers)) {
      if (answer.level === 'na') {
        problems.push({
          code: 'na-answer',
          bid: bid.id,
          message: {
            fr: `l’offre «\u00a0${bid.id}\u00a0» répond «\u00a0na\u00a0» à «\u00a0${criterion}\u00a0»\u00a0: chaque offre est notée sur chaque critère`,
            en: `bid "${bid.id}" answers "${criterion}" with na: every bid is scored on every criterion`,
          },
        });
      }
    }
  }
  if (problems.length > 0) {
    throw new BidError(problems, {
      fr: 'Impossible de classer ces offres',
      en: 'Cannot rank these bids',
    });
  }
}

/**
 * Scores every bid with an award grid (such as `frameworks.efcTender`), the price criterion by
 * the lowest-price ratio, and ranks them. Each bid comes with its points per criterion and a
 * sentence that justifies its rank. Equal totals share a rank and are listed by price, then
 * by id: the ranking is the same whatever order the bids are given in.
 *
 * @example
 * const { ranking } = rankBids(
 *   [
 *     { id: 'a', answers: { 'usage.performance': { level: 3 } }, price: 120_000 },
 *     { id: 'b', answers: { 'usage.performance': { level: 2 } }, price: 100_000 },
 *   ],
 *   frameworks.efcTender,
 * );
 * ranking[0].justification.fr;
 */
export function rankBids(bids: readonly Bid[], framework: Framework): BidRanking {
  const isBid = (b: unknown) =>
    typeof b === 'object' &&
    b !== null &&
    typeof (b as Bid).answers === 'object' &&
    (b as Bid).answers !== null;
  if (!Array.isArray(bids) || !bids.every(isBid))
    throw new TypeError('rankBids: expected a list of bids, each { id, answers, price? }');
  const ix = indexOf(framework);
  if (!ix.award) {
    // Worded for the command line as much as for code: no function name in it.
    throw new BidError([
      {
        code: 'not-an-award-grid',
        message: {
          fr: `«\u00a0${framework.id}\u00a0» est une grille de diagnostic\u00a0: classer des offres demande une grille d’attribution (purpose: "award"), comme efc-tender (frameworks.efcTender)`,
          en: `"${framework.id}" is a diagnostic grid: ranking bids needs an award grid (purpose: "award"), such as efc-tender (frameworks.efcTender)`,
        },
      },
    ]);
  }
  const hasPrice = ix.price >= 0;
  checkBids(bids, hasPrice);
  const lowestPrice = hasPrice && bids.length > 0 ? Math.min(...bids.map((b) => b.price!)) : null;
  const criteria = ix.criteria.map((c, i) => ({
    id: c.id,
    label: c.label,
    maxPoints: roundTo(
      ix.dimensions[ix.dimensionOf[i]!]!.weight /
        ix.dimensions[ix.dimensionOf[i]!]!.criteria.length,
      2,
    ),
  }));

  const scored = bids.map((bid) => {
    const price = hasPrice ? { price: bid.price!, lowestPrice: lowestPrice! } : {};
    const exact = evaluate(bid.answers, ix, hasPrice ? priceRatio(price) : null).overall;
    const score = scoreAssessment(bid.answers, framework, price);
    return { bid, exact, score };
  });
  scored.sort(
    (a, b) =>
      (Math.abs(a.exact - b.exact) <= EPSILON ? 0 : b.exact - a.exact) ||
      (a.bid.price ?? 0) - (b.bid.price ?? 0) ||
      (a.bid.id < b.bid.id ? -1 : a.bid.id > b.bid.id ? 1 : 0),
  );

  const ranking = scored.map(({ bid, exact, score }): RankedBid => {
    const first = scored.findIndex((s) => Math.abs(s.exact - exact) <= EPSILON);
    const rank = first + 1;
    const tiedWith = scored
      .filter((s) => s.bid !== bid && Math.abs(s.exact - exact) <= EPSILON)
      .map((s) => s.bid.id);
    const total = roundTo(exact, 2);
    const points = Object.fromEntries(score.criteria.map((c) => [c.id, c.points]));
    const name = bid.label ?? bid.id;
    const detail = (lang: 'fr' | 'en') =>
      score.criteria
        .map(
          (c, i) =>
            `${c.label[lang]} ${formatNumber(c.points, lang, 2)}/${formatNumber(criteria[i]!.maxPoints, lang, 2)}`,
        )
        .join(lang === 'fr' ? '\u202f; ' : '; ');
    const tie =
      tiedWith.length > 0
        ? {
            fr: ` (ex aequo avec ${tiedWith.join(', ')})`,
            en: ` (tied with ${tiedWith.join(', ')})`,
          }
        : { fr: '', en: '' };
    return {
      rank,
      id: bid.id,
      ...(bid.label !== undefined ? { label: bid.label } : {}),
      total,
      ...(bid.price !== undefined ? { price: bid.price } : {}),
      points,
      tiedWith,
      score,
      justification: {
        fr: `${name}\u00a0: ${ordinal(rank).fr} sur ${bids.length}${tie.fr}, ${formatNumber(total, 'fr', 2)} points sur 100 — ${detail('fr')}.`,
        en: `${name}: ${ordinal(rank).en} of ${bids.length}${tie.en}, ${formatNumber(total, 'en', 2)} points out of 100 — ${detail('en')}.`,
      },
    };
  });
  return {
    framework: { id: framework.id, version: framework.version },
    criteria,
    lowestPrice,
    ranking,
  };
}
