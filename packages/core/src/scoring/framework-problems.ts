import { jsonPath } from '../feed/issue.js';
import type { Localized } from '../i18n/locale.js';

/** What can be wrong with a grid, beyond a field of the wrong type (`invalid-field`). */
export type FrameworkProblemCode =
  | 'invalid-field'
  | 'weights-sum'
  | 'duplicate-id'
  | 'levels-count'
  | 'price-with-levels'
  | 'price-outside-award'
  | 'several-prices'
  | 'bidder-in-award'
  | 'untagged-award-criterion'
  | 'award-with-stages'
  | 'unknown-criterion'
  | 'unknown-dimension'
  | 'first-stage-gated'
  | 'thresholds-decrease'
  | 'ecosystem-without-stages';

/**
 * One problem of a grid, as `validateFramework` and `FrameworkError.problems` list them: a
 * code to test, where it is, and a message in French and English.
 */
export interface FrameworkProblem {
  code: FrameworkProblemCode;
  /** Where, as a JSON path: `$.dimensions[2].criteria[0].levels`. */
  path: string;
  message: Localized;
}

// These checks read the definition as `unknown`: they run even when some field has the wrong
// type (zod reports that one), so that the author gets every problem in one go.
type Loose = Record<string, unknown>;
const isLoose = (x: unknown): x is Loose =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const loose = (x: unknown): Loose => (isLoose(x) ? x : {});
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const num = (x: unknown): number | undefined =>
  typeof x === 'number' && Number.isFinite(x) ? x : undefined;

/**
 * Every rule of a grid that spans several fields, each problem with its path and a sentence in
 * French and English.
 */
export function frameworkProblems(definition: unknown): FrameworkProblem[] {
  const out: FrameworkProblem[] = [];
  const add = (code: FrameworkProblemCode, path: PropertyKey[], fr: string, en: string) =>
    out.push({ code, path: jsonPath(path), message: { fr, en } });
  const def = loose(definition);
  const award = def.purpose === 'award';
  const dimensions = list(def.dimensions).map(loose);
  const dimensionIds = new Set<string>();
  const criterionIds = new Set<string>();
  let weights = 0;
  let prices = 0;

  dimensions.forEach((dimension, d) => {
    const dimensionId = str(dimension.id);
    if (dimensionId !== undefined) {
      if (dimensionIds.has(dimensionId)) {
        add(
          'duplicate-id',
          ['dimensions', d, 'id'],
          `dimension «\u00a0${dimensionId}\u00a0» en double`,
          `duplicate dimension "${dimensionId}"`,
        );
      }
      dimensionIds.add(dimensionId);
    }
    weights += num(dimension.weight) ?? 0;
    list(dimension.criteria)
      .map(loose)
      .forEach((criterion, c) => {
        const at = ['dimensions', d, 'criteria', c];
        const criterionId = str(criterion.id);
        const name = criterionId ?? `#${c}`;
        if (criterionId !== undefined) {
          if (criterionIds.has(criterionId) || dimensionIds.has(criterionId)) {
            add(
              'duplicate-id',
              [...at, 'id'],
              `critère «\u00a0${criterionId}\u00a0» en double`,
              `duplicate criterion "${criterionId}"`,
            );
          }
          criterionIds.add(criterionId);
        }
        const price = criterion.scoring === 'lowest-price-ratio';
        const levels = criterion.levels;
        if (price) {
          prices++;
          if (levels !== undefined) {
            add(
              'price-with-levels',
              [...at, 'levels'],
              `le critère de prix «\u00a0${name}\u00a0» n’a pas de niveaux\u00a0: il est noté par le ratio prix le plus bas / prix`,
              `the price criterion "${name}" has no levels: it is scored by the ratio lowest price / price`,
            );
          }
          if (!award) {
            add(
              'price-outside-award',
              [...at, 'scoring'],
              `le critère de prix «\u00a0${name}\u00a0» n’a de sens que dans une grille d’attribution (purpose: "award")`,
              `the price criterion "${name}" only makes sense in an award grid (purpose: "award")`,
            );
          }
        } else if (list(levels).length !== 5) {
          const n = list(levels).length;
          add(
            'levels-count',
            [...at, 'levels'],
            `le critère «\u00a0${name}\u00a0» doit décrire 5 niveaux (0 à 4), il en décrit ${n}`,
            `criterion "${name}" must describe 5 levels (0 to 4), it describes ${n}`,
          );
        }
        if (award && criterion.about === 'bidder') {
          add(
            'bidder-in-award',
            [...at, 'about'],
            `le critère «\u00a0${name}\u00a0» juge le candidat\u00a0: les capacités du candidat relèvent de la sélection des candidatures, pas de l’attribution (art. R2152-7, jurisprudence Lianakis)`,
            `criterion "${name}" judges the bidder: bidder capability belongs to the selection of candidates, not to the award (art. R2152-7, Lianakis case law)`,
          );
        }
        if (award && criterion.about === undefined) {
          add(
            'untagged-award-criterion',
            [...at, 'about'],
            `dans une grille d’attribution, le critère «\u00a0${name}\u00a0» doit dire s’il juge l’offre ("offer") ou le candidat ("bidder")`,
            `in an award grid, criterion "${name}" must say whether it judges the offer ("offer") or the bidder ("bidder")`,
          );
        }
      });
  });

  if (dimensions.length > 0 && Math.abs(weights - 100) > 1e-9) {
    const w = Math.round(weights * 1000) / 1000;
    add(
      'weights-sum',
      ['dimensions'],
      `les poids des dimensions totalisent ${w} au lieu de 100`,
      `dimension weights add up to ${w} instead of 100`,
    );
  }
  if (prices > 1) {
    add(
      'several-prices',
      ['dimensions'],
      `une grille a au plus un critère de prix, celle-ci en a ${prices}`,
      `a grid has at most one price criterion, this one has ${prices}`,
    );
  }

  const unknownCriteria = (path: PropertyKey[], record: unknown) => {
    for (const key of Object.keys(loose(record))) {
      if (!criterionIds.has(key)) {
        add(
          'unknown-criterion',
          [...path, key],
          `critère inconnu «\u00a0${key}\u00a0»\u00a0: il n’est dans aucune dimension de la grille`,
          `unknown criterion "${key}": it is in no dimension of the grid`,
        );
      }
    }
  };

  const stages = list(def.stages).map(loose);
  if (award && stages.length > 0) {
    add(
      'award-with-stages',
      ['stages'],
      'une grille d’attribution n’a pas d’étapes\u00a0: elle note des offres, pas une trajectoire',
      'an award grid has no stages: it scores bids, not a trajectory',
    );
  }
  let previous = 0;
  stages.forEach((stage, s) => {
    const gate = loose(stage.gate);
    if (s === 0 && Object.keys(gate).length > 0) {
      add(
        'first-stage-gated',
        ['stages', 0, 'gate'],
        'la première étape n’a pas de condition\u00a0: tout sujet l’atteint',
        'the first stage has no condition: every subject reaches it',
      );
    }
    unknownCriteria(['stages', s, 'gate', 'criteria'], gate.criteria);
    for (const key of Object.keys(loose(gate.dimensions))) {
      if (!dimensionIds.has(key)) {
        add(
          'unknown-dimension',
          ['stages', s, 'gate', 'dimensions', key],
          `dimension inconnue «\u00a0${key}\u00a0»`,
          `unknown dimension "${key}"`,
        );
      }
    }
    const overall = num(gate.overall);
    if (overall !== undefined) {
      if (overall < previous) {
        add(
          'thresholds-decrease',
          ['stages', s, 'gate', 'overall'],
          `le seuil de score de l’étape ${s} (${overall}) est plus bas que celui d’une étape précédente (${previous})`,
          `the score threshold of stage ${s} (${overall}) is lower than an earlier stage's (${previous})`,
        );
      }
      previous = Math.max(previous, overall);
    }
  });

  if (def.ecosystem !== undefined) {
    const ecosystem = loose(def.ecosystem);
    if (stages.length === 0) {
      add(
        'ecosystem-without-stages',
        ['ecosystem'],
        'les règles d’écosystème s’appuient sur les étapes des projets\u00a0: la grille doit avoir des étapes',
        'ecosystem rules rely on project stages: the grid must have stages',
      );
    } else {
      const mature = num(ecosystem.matureStage);
      if (mature !== undefined && mature >= stages.length) {
        add(
          'ecosystem-without-stages',
          ['ecosystem', 'matureStage'],
          `étape ${mature} inconnue\u00a0: la grille a ${stages.length} étapes (0 à ${stages.length - 1})`,
          `unknown stage ${mature}: the grid has ${stages.length} stages (0 to ${stages.length - 1})`,
        );
      }
    }
    const phaseIds = new Set<string>();
    list(ecosystem.phases)
      .map(loose)
      .forEach((phase, p) => {
        const phaseId = str(phase.id);
        if (phaseId !== undefined && phaseIds.has(phaseId)) {
          add(
            'duplicate-id',
            ['ecosystem', 'phases', p, 'id'],
            `phase «\u00a0${phaseId}\u00a0» en double`,
            `duplicate phase "${phaseId}"`,
          );
        }
        if (phaseId !== undefined) phaseIds.add(phaseId);
        const gate = loose(phase.gate);
        unknownCriteria(['ecosystem', 'phases', p, 'gate', 'someProject'], gate.someProject);
        unknownCriteria(['ecosystem', 'phases', p, 'gate', 'someSubject'], gate.someSubject);
      });
  }
  return out;
}
