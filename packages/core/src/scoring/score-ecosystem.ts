import type { Actor } from '../schema/actor.js';
import type { Assessment } from '../schema/assessment.js';
import type { FeedEvent } from '../schema/event.js';
import type { Link } from '../schema/link.js';
import type { Project } from '../schema/project.js';
import { spheres as allSpheres } from '../vocabulary/vocabulary.js';
import type { Sphere } from '../vocabulary/vocabulary.js';
import { compareAssessments } from './compare-assessments.js';
import { ecosystemPhase } from './ecosystem-phase.js';
import type { PhaseResult } from './ecosystem-phase.js';
import { indexOf } from './framework-index.js';
import type { Framework } from './framework-schema.js';
import { efcEct } from './frameworks/efc-ect.js';
import { networkIndicators } from './network-indicators.js';
import type { NetworkIndicators } from './network-indicators.js';
import { roundTo } from './numbers.js';
import { scoreAssessment } from './score-assessment.js';
import type { AssessmentScore } from './score-assessment.js';

/** Any part of a feed: missing collections count as empty. */
export interface EcosystemInput {
  actors?: readonly Actor[];
  projects?: readonly Project[];
  links?: readonly Link[];
  assessments?: readonly Assessment[];
  events?: readonly FeedEvent[];
}

/**
 * One subject's progress between its first and latest assessments (`EcosystemScore.trajectories`):
 * the dates, the days between, the stages and the gains in stage and overall score.
 */
export interface Trajectory {
  subject: Assessment['subject'];
  from: string;
  to: string;
  days: number;
  stageBefore: number;
  stageAfter: number;
  stageGain: number;
  overallGain: number;
}

/** The territory indicators of the EFC maturity model. Ratios over nothing are `null`. */
export interface EcosystemScore extends PhaseResult, NetworkIndicators {
  framework: { id: string; version: string };
  spheres: {
    /** The spheres counted: the seven *grandes fonctionnalités*, plus energy when the feed uses it. */
    counted: Sphere[];
    covered: Sphere[];
    /** covered ÷ counted, 0–1. */
    coverage: number;
    /** `stage`: a project at the mature stage or beyond; `projects`: any project (no assessment). */
    basis: 'stage' | 'projects';
  };
  projects: {
    total: number;
    assessed: number;
    /** Assessed projects per stage, by stage index. */
    perStage: number[];
    medianStage: number | null;
    /** Projects at the grid's mature stage (3 in efc-ect) or beyond. */
    mature: number;
    matureShare: number | null;
  };
  /** Each subject assessed on two dates or more: its first and latest assessments compared. */
  trajectories: Trajectory[];
  meanStageGain: number | null;
  /** Assessments left out because they were made with another grid. */
  ignoredAssessments: string[];
}

const r3 = (x: number | null) => (x === null ? null : roundTo(x, 3));

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The territory (ecosystem) indicators of a feed: diversity and evenness of actor kinds,
 * density and weighted density of cooperation, cross-type links, centralisation with a pivot
 * actor, functional-sphere coverage, projects per stage, trajectories, and the ecosystem phase
 * with what blocks the next one. Works on any feed, with or without assessments, empty too.
 *
 * @example
 * const { feed } = parseFeed(json);
 * const eco = scoreEcosystem(feed);
 * console.log(eco.phase?.label.fr, eco.weightedDensity, eco.spheres.covered);
 */
export function scoreEcosystem(
  feed: EcosystemInput,
  framework: Framework = efcEct,
): EcosystemScore {
  if (feed === null || typeof feed !== 'object')
    throw new TypeError('scoreEcosystem: expected a feed (its actors, projects and assessments)');
  indexOf(framework); // checks a grid that did not come from defineFramework
  const rules = framework.ecosystem;
  const stageCount = framework.stages?.length ?? 0;
  if (!rules || stageCount === 0) {
    throw new RangeError(
      `scoreEcosystem needs a grid with stages and ecosystem rules, such as frameworks.efcEct; "${framework.id}" has none.`,
    );
  }
  const actors = feed.actors ?? [];
  const projects = feed.projects ?? [];
  const network = networkIndicators(actors, feed.links ?? [], rules.pivotCentralisation);

  // Latest assessment of each subject with this grid; on the same date, the later in the feed.
  const ignoredAssessments: string[] = [];
  const bySubject = new Map<string, Assessment[]>();
  for (const a of feed.assessments ?? []) {
    if (a.framework !== undefined && a.framework !== framework.id) {
      ignoredAssessments.push(a.id);
      continue;
    }
    const key = `${a.subject.type}:${a.subject.id}`;
    const list = bySubject.get(key);
    if (list) list.push(a);
    else bySubject.set(key, [a]);
  }
  const latest = new Map<string, AssessmentScore>();
  const trajectories: Trajectory[] = [];
  let assessmentDates = 0;
  for (const [key, list] of bySubject) {
    const dated = list
      .map((a, i) => ({ a, i }))
      .sort((x, y) => (x.a.date < y.a.date ? -1 : x.a.date > y.a.date ? 1 : x.i - y.i));
    const first = dated[0]!.a;
    const last = dated[dated.length - 1]!.a;
    latest.set(key, scoreAssessment(last.answers, framework));
    const dates = new Set(list.map((a) => a.date)).size;
    assessmentDates = Math.max(assessmentDates, dates);
    if (dates >= 2) {
      const c = compareAssessments(first, last, framework);
      trajectories.push({
        subject: last.subject,
        from: c.from,
        to: c.to,
        days: c.days,
        stageBefore: c.before.stage!.index,
        stageAfter: c.after.stage!.index,
        stageGain: c.stage.delta,
        overallGain: c.overall.delta,
      });
    }
  }

  const perStage: number[] = new Array(stageCount).fill(0);
  const stages: number[] = [];
  const matureSpheres = new Set<Sphere>();
  const anySpheres = new Set<Sphere>();
  let usesEnergy = (feed.events ?? []).some((e) => e.spheres?.includes('energie'));
  for (const project of projects) {
    for (const s of project.spheres ?? []) anySpheres.add(s);
    if (project.spheres?.includes('energie')) usesEnergy = true;
    const score = latest.get(`project:${project.id}`);
    if (!score) continue;
    const stage = score.stage!.index;
    perStage[stage] = perStage[stage]! + 1;
    stages.push(stage);
    if (stage >= rules.matureStage) for (const s of project.spheres ?? []) matureSpheres.add(s);
  }
  stages.sort((a, b) => a - b);
  const mature = stages.filter((s) => s >= rules.matureStage).length;
  const basis = stages.length > 0 ? 'stage' : 'projects';
  const counted = allSpheres.filter((s) => s !== 'energie' || usesEnergy);
  const covered = counted.filter((s) => (basis === 'stage' ? matureSpheres : anySpheres).has(s));
  const matureShare = stages.length > 0 ? mature / stages.length : null;

  const phase = ecosystemPhase(
    {
      actors: network.actors,
      actorKinds: network.actorKinds,
      weightedDensity: network.weightedDensity,
      matureProjects: mature,
      matureShare,
      spheresCovered: covered.length,
      assessmentDates,
      bestLevel(criterion, projectsOnly) {
        let best: number | null = null;
        for (const [key, score] of latest) {
          if (projectsOnly && !key.startsWith('project:')) continue;
          const level = score.criteria.find((c) => c.id === criterion)?.level ?? null;
          if (level !== null && (best === null || level > best)) best = level;
        }
        return best;
      },
    },
    framework,
    rules,
  );

  const gains = trajectories.map((t) => t.stageGain);
  return {
    framework: { id: framework.id, version: framework.version },
    actors: network.actors,
    kinds: network.kinds,
    actorKinds: network.actorKinds,
    evenness: r3(network.evenness),
    links: network.links,
    density: r3(network.density),
    weightedDensity: r3(network.weightedDensity),
    crossTypeRatio: r3(network.crossTypeRatio),
    centralisation: r3(network.centralisation),
    pivot: network.pivot,
    spheres: { counted, covered, coverage: r3(covered.length / counted.length)!, basis },
    projects: {
      total: projects.length,
      assessed: stages.length,
      perStage,
      medianStage: median(stages),
      mature,
      matureShare: r3(matureShare),
    },
    trajectories,
    meanStageGain: gains.length
      ? roundTo(gains.reduce((a, b) => a + b, 0) / gains.length, 2)
      : null,
    ignoredAssessments,
    ...phase,
  };
}
