import type { Localized } from '../i18n/locale.js';
import type { EcosystemRules, Framework, PhaseGate } from './framework-schema.js';
import { EPSILON, formatNumber, roundTo } from './numbers.js';

/** What the phase gates read, computed by `scoreEcosystem`. */
export interface EcosystemFacts {
  actors: number;
  actorKinds: number;
  weightedDensity: number | null;
  matureProjects: number;
  matureShare: number | null;
  spheresCovered: number;
  assessmentDates: number;
  /** Best counted level of a criterion in the latest assessments (projects only, or all). */
  bestLevel(criterion: string, projectsOnly: boolean): number | null;
}

/** A condition of the next ecosystem phase that is not met, in words. */
export interface PhaseBlocking {
  condition: keyof PhaseGate;
  criterion?: string;
  required: number;
  held: number | null;
  message: Localized;
}

export interface PhaseResult {
  phase: { id: string; label: Localized } | null;
  nextPhase: { id: string; label: Localized } | null;
  blocking: PhaseBlocking[];
}

/** « 1 projet », « 2 projets »: French is singular below 2, English only at 1. */
const count = (x: number | undefined, lang: 'fr' | 'en', one: string, other: string) =>
  `${x} ${(lang === 'fr' ? (x ?? 0) < 2 : x === 1) ? one : other}`;

const n = (x: number | null, lang: 'fr' | 'en', digits = 3) =>
  x === null ? (lang === 'fr' ? 'non mesurable' : 'not measurable') : formatNumber(x, lang, digits);
const pct = (x: number | null, lang: 'fr' | 'en') =>
  x === null ? n(null, lang) : `${formatNumber(x * 100, lang, 0)}${lang === 'fr' ? ' %' : '%'}`;

function unmet(
  gate: PhaseGate,
  facts: EcosystemFacts,
  rules: EcosystemRules,
  grid: Framework,
): PhaseBlocking[] {
  const out: PhaseBlocking[] = [];
  const mature = rules.matureStage;
  const check = (
    condition: keyof PhaseGate,
    required: number | undefined,
    held: number | null,
    fr: string,
    en: string,
  ) => {
    if (required === undefined || (held !== null && held + EPSILON >= required)) return;
    out.push({
      condition,
      required,
      held: held === null ? null : roundTo(held, 3),
      message: { fr, en },
    });
  };
  const g = gate;
  const f = facts;
  check(
    'actors',
    g.actors,
    f.actors,
    `Au moins ${count(g.actors, 'fr', 'acteur', 'acteurs')} (actuellement ${f.actors})`,
    `At least ${count(g.actors, 'en', 'actor', 'actors')} (now ${f.actors})`,
  );
  check(
    'actorKinds',
    g.actorKinds,
    f.actorKinds,
    `Au moins ${count(g.actorKinds, 'fr', 'type d’acteurs', 'types d’acteurs')} (actuellement ${f.actorKinds})`,
    `At least ${count(g.actorKinds, 'en', 'kind of actors', 'kinds of actors')} (now ${f.actorKinds})`,
  );
  check(
    'weightedDensity',
    g.weightedDensity,
    f.weightedDensity,
    `Densité pondérée des coopérations d’au moins ${n(g.weightedDensity ?? 0, 'fr')} (actuellement ${n(f.weightedDensity, 'fr')})`,
    `Weighted density of cooperation of at least ${n(g.weightedDensity ?? 0, 'en')} (now ${n(f.weightedDensity, 'en')})`,
  );
  check(
    'matureProjects',
    g.matureProjects,
    f.matureProjects,
    `Au moins ${count(g.matureProjects, 'fr', 'projet', 'projets')} à l’étape ${mature} ou au-delà (actuellement ${f.matureProjects})`,
    `At least ${count(g.matureProjects, 'en', 'project', 'projects')} at stage ${mature} or beyond (now ${f.matureProjects})`,
  );
  check(
    'matureShare',
    g.matureShare,
    f.matureShare,
    `Au moins ${pct(g.matureShare ?? 0, 'fr')} des projets évalués à l’étape ${mature} ou au-delà (actuellement ${pct(f.matureShare, 'fr')})`,
    `At least ${pct(g.matureShare ?? 0, 'en')} of assessed projects at stage ${mature} or beyond (now ${pct(f.matureShare, 'en')})`,
  );
  for (const [scope, projectsOnly] of [
    ['someProject', true],
    ['someSubject', false],
  ] as const) {
    for (const [id, required] of Object.entries(g[scope] ?? {})) {
      const label = grid.dimensions.flatMap((d) => d.criteria).find((c) => c.id === id)!.label;
      const held = f.bestLevel(id, projectsOnly);
      const best = {
        fr: held === null ? 'aucun évalué' : `meilleur actuel\u00a0: ${held}`,
        en: held === null ? 'none assessed' : `best now ${held}`,
      };
      const who = projectsOnly
        ? { fr: 'Un projet', en: 'A project' }
        : { fr: 'Un projet ou un acteur', en: 'A project or an actor' };
      const before = out.length;
      check(
        scope,
        required,
        held,
        `${who.fr} avec «\u00a0${label.fr}\u00a0» au niveau ${required} au moins (${best.fr})`,
        `${who.en} with “${label.en}” at level ${required} or more (${best.en})`,
      );
      if (out.length > before) out[out.length - 1]!.criterion = id;
    }
  }
  check(
    'spheresCovered',
    g.spheresCovered,
    f.spheresCovered,
    `Au moins ${count(g.spheresCovered, 'fr', 'sphère fonctionnelle couverte', 'sphères fonctionnelles couvertes')} (actuellement ${f.spheresCovered})`,
    `At least ${count(g.spheresCovered, 'en', 'functional sphere covered', 'functional spheres covered')} (now ${f.spheresCovered})`,
  );
  check(
    'assessmentDates',
    g.assessmentDates,
    f.assessmentDates,
    `Un même projet ou acteur évalué à ${g.assessmentDates} dates au moins (actuellement ${f.assessmentDates})`,
    `One project or actor assessed on ${g.assessmentDates} dates or more (now ${f.assessmentDates})`,
  );
  return out;
}

/**
 * The ecosystem phase: the last phase whose gate and every earlier phase's gate pass, with the
 * unmet conditions of the next one. Thresholds come from the grid's `ecosystem` rules.
 */
export function ecosystemPhase(
  facts: EcosystemFacts,
  grid: Framework,
  rules: EcosystemRules,
): PhaseResult {
  let reached = -1;
  let blocking: PhaseBlocking[] = [];
  for (let p = 0; p < rules.phases.length; p++) {
    blocking = unmet(rules.phases[p]!.gate, facts, rules, grid);
    if (blocking.length > 0) break;
    reached = p;
  }
  const ref = (p: number) => {
    const phase = rules.phases[p];
    return phase ? { id: phase.id, label: phase.label } : null;
  };
  return {
    phase: ref(reached),
    nextPhase: ref(reached + 1),
    blocking: ref(reached + 1) ? blocking : [],
  };
}
