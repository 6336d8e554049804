import type { Localized } from '../i18n/locale.js';
import { NA, UNANSWERED } from './evaluate.js';
import type { Evaluation, Level } from './evaluate.js';
import { lackingWords } from './evidence-words.js';
import { phrase, remember } from './framework-index.js';
import type { CompiledStage, ConditionKind } from './framework-index.js';
import { EPSILON, formatNumber, roundTo } from './numbers.js';

/** An unmet condition, with positions (for best moves) before it is put into words. */
export interface Unmet {
  kind: ConditionKind;
  /** The stage whose gate holds this condition. */
  stage: number;
  /** Criterion position, for `criterion` and `everyCriterion`; −1 otherwise. */
  criterion: number;
  /** Dimension position, for `dimension` and `everyDimension`; −1 otherwise. */
  dimension: number;
  required: number;
}

/** A condition of the next stage that is not met, in words. */
export interface Blocking {
  condition: ConditionKind;
  /** The criterion concerned (`criterion`, `everyCriterion`). */
  criterion?: string;
  /** The dimension concerned (`dimension`, `everyDimension`). */
  dimension?: string;
  /** The level or score required. */
  required: number;
  /** The level held (after evidence caps) or the score, rounded to one decimal. */
  held: number;
  /** The level as answered, when the evidence cap lowered it. */
  declared?: Level;
  message: Localized;
}

// Conditions on a `na` criterion or dimension never block: `held` is NA (−1) and a `na`
// dimension's score is null, and both are skipped below.

/** Whether every condition of a stage holds (allocates nothing: it runs for every stage). */
export function gatePasses(stage: CompiledStage, ev: Evaluation): boolean {
  const { held, dimensionScores } = ev;
  if (ev.overall + EPSILON < stage.overall) return false;
  for (const c of stage.criteria) {
    const h = held[c.criterion]!;
    if (h !== NA && h < c.required) return false;
  }
  for (const c of stage.dimensions) {
    const s = dimensionScores[c.dimension]!;
    if (s !== NA && s + EPSILON < c.required) return false;
  }
  if (stage.everyDimension >= 0) {
    for (const s of dimensionScores) {
      if (s !== NA && s + EPSILON < stage.everyDimension) return false;
    }
  }
  if (stage.everyCriterion >= 0) {
    for (const h of held) if (h !== NA && h < stage.everyCriterion) return false;
  }
  return true;
}

// Whether an explicit condition of the stage holds this criterion (dimension) to at least the
// "every…" level: then it is not listed a second time. Loops, not `some` with a closure: this
// runs for each criterion below the "every criterion" level.
function criterionCovered(stage: CompiledStage, i: number): boolean {
  for (const c of stage.criteria) {
    if (c.criterion === i && c.required >= stage.everyCriterion) return true;
  }
  return false;
}

function dimensionCovered(stage: CompiledStage, d: number): boolean {
  for (const c of stage.dimensions) {
    if (c.dimension === d && c.required >= stage.everyDimension) return true;
  }
  return false;
}

/**
 * The unmet conditions of a stage. A criterion or dimension already held to a stricter
 * explicit condition is not listed a second time under "every criterion/dimension".
 */
export function unmetConditions(stage: CompiledStage, ev: Evaluation): Unmet[] {
  const out: Unmet[] = [];
  const { held, dimensionScores } = ev;
  if (ev.overall + EPSILON < stage.overall) {
    out.push({
      kind: 'overall',
      stage: stage.index,
      criterion: -1,
      dimension: -1,
      required: stage.overall,
    });
  }
  for (const c of stage.dimensions) {
    const s = dimensionScores[c.dimension]!;
    if (s !== NA && s + EPSILON < c.required) {
      out.push({
        kind: 'dimension',
        stage: stage.index,
        criterion: -1,
        dimension: c.dimension,
        required: c.required,
      });
    }
  }
  for (const c of stage.criteria) {
    const h = held[c.criterion]!;
    if (h !== NA && h < c.required) {
      out.push({
        kind: 'criterion',
        stage: stage.index,
        criterion: c.criterion,
        dimension: -1,
        required: c.required,
      });
    }
  }
  const everyDimension = stage.everyDimension;
  if (everyDimension >= 0) {
    for (let d = 0; d < dimensionScores.length; d++) {
      const s = dimensionScores[d]!;
      if (s !== NA && s + EPSILON < everyDimension && !dimensionCovered(stage, d)) {
        out.push({
          kind: 'everyDimension',
          stage: stage.index,
          criterion: -1,
          dimension: d,
          required: everyDimension,
        });
      }
    }
  }
  const everyCriterion = stage.everyCriterion;
  if (everyCriterion >= 0) {
    for (let i = 0; i < held.length; i++) {
      const h = held[i]!;
      if (h !== NA && h < everyCriterion && !criterionCovered(stage, i)) {
        out.push({
          kind: 'everyCriterion',
          stage: stage.index,
          criterion: i,
          dimension: -1,
          required: everyCriterion,
        });
      }
    }
  }
  return out;
}

/** The highest stage whose gate and every lower gate pass; −1 for a grid without stages. */
export function stageReached(ev: Evaluation): number {
  const { stages } = ev.index;
  let reached = stages.length > 0 ? 0 : -1;
  for (let s = 1; s < stages.length; s++) {
    if (!gatePasses(stages[s]!, ev)) break;
    reached = s;
  }
  return reached;
}

/** The highest stage whose overall-score threshold alone is met; −1 without stages. */
export function stageByScore(ev: Evaluation): number {
  const { stages } = ev.index;
  let reached = stages.length > 0 ? 0 : -1;
  for (let s = 1; s < stages.length; s++) {
    if (ev.overall + EPSILON < stages[s]!.overall) break;
    reached = s;
  }
  return reached;
}

/** « actuellement 2 : 3 déclaré, plafonné faute de document » and its English. */
export function heldWords(ev: Evaluation, i: number): Localized {
  const declared = ev.declared[i]!;
  const h = ev.held[i]!;
  if (declared === UNANSWERED) return { fr: 'sans réponse', en: 'not answered' };
  if (declared > h) {
    const lack = lackingWords(ev.index.caps.evidenceFor[declared]!);
    return {
      fr: `actuellement ${h}\u00a0: ${declared} déclaré, plafonné ${lack.fr}`,
      en: `now ${h}: ${declared} declared, capped ${lack.en}`,
    };
  }
  return { fr: `actuellement ${h}`, en: `now ${h}` };
}

/** An unmet condition as the result reports it, with a sentence in French and English. */
export function describeUnmet(u: Unmet, ev: Evaluation): Blocking {
  const ix = ev.index;
  if (u.kind === 'overall') {
    const held = roundTo(ev.overall, 1);
    const key = blockingKey(u, held * 10, 0);
    const message =
      phrase(ix, key) ??
      remember(ix, key, {
        fr: `Score global de ${formatNumber(u.required, 'fr')} au moins (actuellement ${formatNumber(held, 'fr')})`,
        en: `Overall score of at least ${formatNumber(u.required, 'en')} (now ${formatNumber(held, 'en')})`,
      });
    return { condition: u.kind, required: u.required, held, message };
  }
  if (u.kind === 'dimension' || u.kind === 'everyDimension') {
    const dimension = ix.dimensions[u.dimension]!;
    const held = roundTo(ev.dimensionScores[u.dimension]!, 1);
    const key = blockingKey(u, held * 10, 0);
    const message =
      phrase(ix, key) ??
      remember(ix, key, {
        fr: `Dimension «\u00a0${dimension.label.fr}\u00a0» à ${formatNumber(u.required, 'fr')} au moins (actuellement ${formatNumber(held, 'fr')})`,
        en: `Dimension “${dimension.label.en}” at ${formatNumber(u.required, 'en')} or more (now ${formatNumber(held, 'en')})`,
      });
    return { condition: u.kind, dimension: dimension.id, required: u.required, held, message };
  }
  const criterion = ix.criteria[u.criterion]!;
  const declared = ev.declared[u.criterion]!;
  const held = ev.held[u.criterion]!;
  const said = declared >= 0 ? declared : 5;
  const key = blockingKey(u, held, said);
  const message = phrase(ix, key) ?? remember(ix, key, criterionWords(ev, u));
  const blocking: Blocking = {
    condition: u.kind,
    criterion: criterion.id,
    required: u.required,
    held,
    message,
  };
  if (declared > held) blocking.declared = declared as Level;
  return blocking;
}

function criterionWords(ev: Evaluation, u: Unmet): Localized {
  const label = ev.index.criteria[u.criterion]!.label;
  const words = heldWords(ev, u.criterion);
  return {
    fr: `«\u00a0${label.fr}\u00a0» au niveau ${u.required} au moins (${words.fr})`,
    en: `“${label.en}” at level ${u.required} or more (${words.en})`,
  };
}

const kindCodes: Record<ConditionKind, number> = {
  overall: 0,
  dimension: 1,
  criterion: 2,
  everyDimension: 3,
  everyCriterion: 4,
};

// A negative number (moves use positive ones) that tells one blocking sentence from another:
// the stage and the condition fix what is required; `held` is a level or a score × 10, whole
// numbers from 0 to 1000; `said` is the declared level, 5 when none.
function blockingKey(u: Unmet, held: number, said: number): number | null {
  const at = Math.max(u.criterion, u.dimension, 0);
  if (at >= 1024) return null;
  const condition = (u.stage * 5 + kindCodes[u.kind]) * 1024 + at;
  return -1 - ((condition * 1001 + Math.round(held)) * 6 + said);
}
