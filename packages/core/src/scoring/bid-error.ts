import type { Localized } from '../i18n/locale.js';

/**
 * Why bids cannot be scored or ranked (`BidError.problems[].code`): a diagnostic grid given to
 * rank bids, the same bid id twice, a price missing or not positive, a lowest price above the
 * bid's, or an answer `na` (every bid is scored on every criterion).
 */
export type BidProblemCode =
  | 'not-an-award-grid'
  | 'duplicate-bid'
  | 'invalid-price'
  | 'lowest-price-above-price'
  | 'na-answer';

/** One reason why bids cannot be scored or ranked, in French and English. */
export interface BidProblem {
  code: BidProblemCode;
  /** The bid's id, when the problem is one bid's. */
  bid?: string;
  message: Localized;
}

/**
 * Thrown by `rankBids`, and by `scoreAssessment` for a price that cannot be: every problem at
 * once, each with its `code` and worded in French and English so that a form or a command line
 * can show it in its user's language; its `message` is the English text. A `RangeError`, like
 * `FrameworkError`: the bids are bids, but hold values that cannot be scored. `name` is
 * `BidError` and `code` is `invalid-bid`, which hold across two copies of the kit where
 * `instanceof` does not.
 */
export class BidError extends RangeError {
  readonly code = 'invalid-bid';
  readonly problems: BidProblem[];
  /** What could not be done (`Cannot rank these bids`), when there is a list below it. */
  readonly heading: Localized | undefined;
  constructor(problems: BidProblem[], heading?: Localized) {
    const lines = problems.map((p) => p.message.en);
    super(heading ? `${heading.en}:\n  ${lines.join('\n  ')}` : lines.join('\n'));
    this.name = 'BidError';
    this.problems = problems;
    this.heading = heading;
  }

  /** The whole error in one language: the heading, then one problem per line. */
  text(lang: keyof Localized): string {
    const lines = this.problems.map((p) => p.message[lang]);
    if (!this.heading) return lines.join('\n');
    return `${this.heading[lang]}${lang === 'fr' ? '\u00a0:' : ':'}\n  ${lines.join('\n  ')}`;
  }
}
