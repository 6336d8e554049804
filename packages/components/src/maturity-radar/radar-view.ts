import { formatDate } from '@club-inne/core';
import type {
  AssessmentComparison,
  AssessmentScore,
  Locale,
  Localized,
  StageRef,
} from '@club-inne/core';
import type { RadarTexts } from './radar-texts.js';

/**
 * A second series drawn under the result: a territory median, an earlier result, a target.
 * A result of `scoreAssessment` with a `label` added is one.
 */
export interface RadarSeries {
  label: string;
  dimensions: readonly { id: string; score: number | null }[];
  overall?: number;
}

/** One axis of the radar and one row of its table. */
export interface RadarRow {
  id: string;
  label: Localized;
  score: number | null;
  /** The compared series' score on this dimension (`null`: not applicable there). */
  other?: number | null;
  /** After − before, from `compareAssessments` (`null` when either is not applicable). */
  delta?: number | null;
}

/** Everything the radar draws, whatever it was given. */
export interface RadarView {
  rows: RadarRow[];
  overall: number;
  stage: StageRef | null;
  label: string;
  other?: { label: string; overall?: number; delta?: number };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isScore = (v: unknown) => v === null || (typeof v === 'number' && v >= 0 && v <= 100);

/** A result of `compareAssessments` (before, after and the deltas). */
export function isComparison(v: unknown): v is AssessmentComparison {
  return isObject(v) && isObject(v.before) && isObject(v.after) && Array.isArray(v.dimensions);
}

/** A series given by a script, checked before it is drawn. */
export function isSeries(v: unknown): v is RadarSeries {
  return (
    isObject(v) &&
    typeof v.label === 'string' &&
    Array.isArray(v.dimensions) &&
    v.dimensions.every((d) => isObject(d) && typeof d.id === 'string' && isScore(d.score))
  );
}

/** A result as the radar draws it, with an optional series matched by dimension id. */
export function resultView(result: AssessmentScore, label: string, other?: RadarSeries): RadarView {
  const scores = new Map(other?.dimensions.map((d) => [d.id, d.score]));
  return {
    rows: result.dimensions.map((d) => ({
      id: d.id,
      label: d.label,
      score: d.score,
      ...(other ? { other: scores.get(d.id) ?? null } : {}),
    })),
    overall: result.overall,
    stage: result.stage,
    label,
    ...(other ? { other: { label: other.label, overall: other.overall } } : {}),
  };
}

/** Before and after: the later result is the main series, the earlier one the dashed one. */
export function comparisonView(c: AssessmentComparison, t: RadarTexts, locale: Locale): RadarView {
  const r = t.maturity.radar;
  const day = (date: string) => formatDate(date.slice(0, 10), locale, { weekday: false });
  return {
    rows: c.dimensions.map((d) => ({
      id: d.id,
      label: d.label,
      score: d.after,
      other: d.before,
      delta: d.delta,
    })),
    overall: c.overall.after,
    stage: c.after.stage,
    label: r.dated(r.after, day(c.to)),
    other: {
      label: r.dated(r.before, day(c.from)),
      overall: c.overall.before,
      delta: c.overall.delta,
    },
  };
}
