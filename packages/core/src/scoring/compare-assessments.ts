import type { Localized } from '../i18n/locale.js';
import type { Answers } from '../schema/assessment.js';
import { isCalendarDay } from '../time/calendar-day.js';
import { indexOf } from './framework-index.js';
import type { Framework } from './framework-schema.js';
import { efcEct } from './frameworks/efc-ect.js';
import { roundTo } from './numbers.js';
import { scoreAssessment } from './score-assessment.js';
import type { AssessmentScore, CriterionScore, StageRef } from './score-assessment.js';

/** What `compareAssessments` needs: an `Assessment` of the feed, or just a date and answers. */
export interface DatedAnswers {
  /** ISO 8601 date (`2025-03-14`) or date-time. */
  date: string;
  answers: Answers;
  /** The grid id the answers were given for; checked against the grid used. */
  framework?: string;
}

type CriterionState = Pick<CriterionScore, 'declared' | 'level' | 'evidence'>;

/**
 * What `compareAssessments` returns: both scores, the days between them, the overall,
 * per-dimension and stage changes, and the criteria whose answer changed.
 */
export interface AssessmentComparison {
  framework: { id: string; version: string };
  /** The earlier date and the later one (the two are put in order of date). */
  from: string;
  to: string;
  days: number;
  before: AssessmentScore;
  after: AssessmentScore;
  /** Deltas are the difference of the rounded scores shown, so that they add up on screen. */
  overall: { before: number; after: number; delta: number };
  dimensions: {
    id: string;
    label: Localized;
    before: number | null;
    after: number | null;
    /** `null` when the dimension is `na` on either date. */
    delta: number | null;
  }[];
  stage: { before: StageRef | null; after: StageRef | null; delta: number };
  /** Criteria whose answer (level, `na` or evidence) changed. */
  changes: { criterion: string; label: Localized; before: CriterionState; after: CriterionState }[];
}

const DAY = 86_400_000;

/**
 * Milliseconds of an ISO 8601 date or date-time; `NaN` for anything else, including a missing
 * date from an untyped caller and a day the month does not have (`Date.parse` would read
 * 2025-02-30 as 2 March, and the days between would be wrong without a word).
 */
function instant(date: unknown): number {
  if (typeof date !== 'string') return NaN;
  const t = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  return isCalendarDay(date) ? t : NaN;
}

/**
 * The trajectory between two dated assessments of the same subject with the same grid: overall
 * and per-dimension deltas, the stage change, the days between and the answers that changed.
 * The two are taken in order of date, whichever order they are given in.
 *
 * @example
 * const [first, last] = feed.assessments.filter((a) => a.subject.id === 'autopartage');
 * const t = compareAssessments(first, last);
 * console.log(`${t.overall.delta} points in ${t.days} days, stage ${t.stage.delta >= 0 ? '+' : ''}${t.stage.delta}`);
 */
export function compareAssessments(
  before: DatedAnswers,
  after: DatedAnswers,
  framework: Framework = efcEct,
): AssessmentComparison {
  indexOf(framework); // a grid, or a TypeError that says what to pass (before reading its id)
  for (const a of [before, after]) {
    if (a.framework !== undefined && a.framework !== framework.id) {
      throw new RangeError(
        `This assessment was made with the grid "${a.framework}", not "${framework.id}": pass that grid to compare it.`,
      );
    }
    if (Number.isNaN(instant(a.date))) {
      throw new RangeError(
        `Invalid date: ${JSON.stringify(a.date) ?? 'none'}; each assessment needs an ISO 8601 date such as "2025-03-14"`,
      );
    }
  }
  const [early, late] =
    instant(after.date) < instant(before.date) ? [after, before] : [before, after];
  const a = scoreAssessment(early.answers, framework);
  const b = scoreAssessment(late.answers, framework);
  const delta = (x: number | null, y: number | null) =>
    x === null || y === null ? null : roundTo(y - x, 1);
  return {
    framework: a.framework,
    from: early.date,
    to: late.date,
    days: Math.round((instant(late.date) - instant(early.date)) / DAY),
    before: a,
    after: b,
    overall: { before: a.overall, after: b.overall, delta: delta(a.overall, b.overall)! },
    dimensions: a.dimensions.map((d, i) => {
      const later = b.dimensions[i]!.score;
      return {
        id: d.id,
        label: d.label,
        before: d.score,
        after: later,
        delta: delta(d.score, later),
      };
    }),
    stage: {
      before: a.stage,
      after: b.stage,
      delta: (b.stage?.index ?? 0) - (a.stage?.index ?? 0),
    },
    changes: a.criteria.flatMap((c, i) => {
      const d = b.criteria[i]!;
      const same = c.declared === d.declared && c.level === d.level && c.evidence === d.evidence;
      if (same) return [];
      const state = (s: CriterionScore) => ({
        declared: s.declared,
        level: s.level,
        evidence: s.evidence,
      });
      return [{ criterion: c.id, label: c.label, before: state(c), after: state(d) }];
    }),
  };
}
