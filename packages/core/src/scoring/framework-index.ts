import type { Localized } from '../i18n/locale.js';
import { FrameworkError, isCheckedFramework, validateFramework } from './define-framework.js';
import type { Framework, FrameworkCriterion, FrameworkDimension } from './framework-schema.js';
import { capTable } from './evidence-caps.js';
import type { CapTable } from './evidence-caps.js';
import { isBuiltIn } from './frameworks/built-in.js';
import type { Targets } from './best-moves.js';
import type { FrameworkRules } from './frameworks/with-texts.js';

/** The kinds of condition a stage gate may hold. */
export type ConditionKind =
  'overall' | 'criterion' | 'dimension' | 'everyDimension' | 'everyCriterion';

/** A stage gate with ids resolved to positions, so that checking it allocates nothing. */
export interface CompiledStage {
  index: number;
  /** `{ index, label }`, frozen and shared by every result that names this stage. */
  ref: Readonly<{ index: number; label: Localized }>;
  /** The overall-score threshold, or −1 when none (the "stage by score alone" reads it). */
  overall: number;
  criteria: { criterion: number; required: number }[];
  dimensions: { dimension: number; required: number }[];
  /** −1 when none. */
  everyDimension: number;
  everyCriterion: number;
}

/** What scoring needs from a grid, computed once per grid and kept in a WeakMap. */
export interface FrameworkIndex {
  framework: Framework;
  /** `{ id, version }`, frozen and shared by every result. */
  ref: Readonly<{ id: string; version: string }>;
  award: boolean;
  dimensions: readonly FrameworkDimension[];
  criteria: FrameworkCriterion[];
  ids: string[];
  /** Position of each criterion by id. */
  position: Map<string, number>;
  /** Dimension position of each criterion. */
  dimensionOf: number[];
  /** Criteria count and weight of each dimension (criteria are laid out dimension by dimension). */
  sizes: number[];
  weights: number[];
  /** Position of the price criterion, or −1. */
  price: number;
  caps: CapTable;
  hasEvidenceRules: boolean;
  stages: CompiledStage[];
  /** Working arrays of `evaluate` and `bestMoves`, reused from call to call. */
  scratch: {
    declared: number[];
    evidence: number[];
    held: number[];
    applicable: number[];
    dimensionScores: number[];
    levelPoints: number[];
    /** Built by `bestMoves` on first use (see best-moves.ts). */
    targets?: Targets;
  };
  /**
   * Sentences already worded for this grid (see `phrase`), and the parts of best-move sentences
   * by position (see best-moves.ts): made on first use, so that a page that only shows stages
   * builds (and carries) none of it.
   */
  phrases?: Map<number, Localized>;
  moveHeads?: (Localized | undefined)[][];
  movePoints?: (Localized | undefined)[];
}

const cache = new WeakMap<object, FrameworkIndex>();

/**
 * The index of a grid. A grid that did not come from `defineFramework` nor from the kit (say,
 * parsed JSON) is checked here, once: scoring with a broken grid throws its `FrameworkError`.
 */
export function indexOf(framework: Framework): FrameworkIndex {
  let index = cache.get(framework);
  if (index) return index;
  let grid = framework;
  // Not a grid at all (a grid's id, nothing where rankBids needs one, or the `null` of
  // frameworkById for an id it does not know): the caller's mistake.
  if (typeof framework !== 'object' || framework === null) {
    const got = framework === null ? 'null (frameworkById of an unknown id?)' : String(framework);
    throw new TypeError(
      `expected a scoring grid, got ${got}: pass frameworks.efcEct, frameworks.efcTender, frameworkById(id) or a grid from defineFramework`,
    );
  }
  if (!isCheckedFramework(framework) && !isBuiltIn(framework)) {
    const result = validateFramework(framework);
    if (!result.ok) throw new FrameworkError(result.problems);
    grid = result.framework;
  }
  index = build(grid);
  cache.set(framework, index);
  cache.set(grid, index);
  return index;
}

/**
 * The index of a built-in grid's rules alone (`efcEctRules`: no criterion texts), trusted as
 * written: what `assessmentStage` needs, without the grid's texts nor its checker.
 */
export function indexOfRules(rules: FrameworkRules): FrameworkIndex {
  let index = cache.get(rules);
  if (!index) cache.set(rules, (index = build(rules as Framework)));
  return index;
}

function build(framework: Framework): FrameworkIndex {
  const allCriteria: FrameworkCriterion[] = [];
  const dimensionOf: number[] = [];
  framework.dimensions.forEach((d, i) => {
    for (const c of d.criteria) {
      allCriteria.push(c);
      dimensionOf.push(i);
    }
  });
  const position = new Map(allCriteria.map((c, i) => [c.id, i]));
  const dimensionPosition = new Map(framework.dimensions.map((d, i) => [d.id, i]));

  const caps = framework.evidence?.caps ?? [];

  const stages = (framework.stages ?? []).map((stage, index): CompiledStage => {
    const gate = stage.gate ?? {};
    const criteria = Object.entries(gate.criteria ?? {}).map(([id, required]) => ({
      criterion: position.get(id)!,
      required,
    }));
    const dimensions = Object.entries(gate.dimensions ?? {}).map(([id, required]) => ({
      dimension: dimensionPosition.get(id)!,
      required,
    }));
    const everyCriterion = gate.everyCriterion ?? -1;
    const everyDimension = gate.everyDimension ?? -1;
    return {
      index,
      ref: Object.freeze({ index, label: stage.label }),
      overall: gate.overall ?? -1,
      criteria,
      dimensions,
      everyDimension,
      everyCriterion,
    };
  });

  return {
    framework,
    ref: Object.freeze({ id: framework.id, version: framework.version }),
    award: framework.purpose === 'award',
    dimensions: framework.dimensions,
    criteria: allCriteria,
    ids: allCriteria.map((c) => c.id),
    scratch: {
      declared: allCriteria.map(() => 0),
      evidence: allCriteria.map(() => 0),
      held: allCriteria.map(() => 0),
      applicable: framework.dimensions.map(() => 0),
      dimensionScores: framework.dimensions.map(() => 0),
      levelPoints: framework.dimensions.map(() => 0),
    },
    position,
    dimensionOf,
    sizes: framework.dimensions.map((d) => d.criteria.length),
    weights: framework.dimensions.map((d) => d.weight),
    price: allCriteria.findIndex((c) => c.scoring === 'lowest-price-ratio'),
    caps: capTable(caps),
    hasEvidenceRules: caps.length > 0,
    stages,
  };
}

// The same few sentences come back assessment after assessment (a criterion, a level, a
// gain): wording them once per grid is what lets scoring keep its 200,000 assessments a
// second. The cache is bounded so that it cannot grow without end.
const MAX_PHRASES = 20_000;

/**
 * A sentence of this grid already worded, by a whole number that says everything it depends on
 * (small whole numbers: a string key costs more to build than the lookup saves); `null` keys
 * are never kept.
 */
export function phrase(index: FrameworkIndex, key: number | null): Localized | undefined {
  return key === null ? undefined : index.phrases?.get(key);
}

/** Keeps a sentence for `phrase` and returns it, frozen: every result shares it. */
export function remember(index: FrameworkIndex, key: number | null, words: Localized): Localized {
  if (key === null) return words;
  const phrases = (index.phrases ??= new Map());
  if (phrases.size >= MAX_PHRASES) phrases.clear();
  const frozen = Object.freeze(words);
  phrases.set(key, frozen);
  return frozen;
}
