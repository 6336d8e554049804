import type { Assessment } from '../schema/assessment.js';
import type { Feed } from '../schema/feed.js';
import { frameworkById } from '../scoring/frameworks/frameworks.js';
import { scoreAssessment } from '../scoring/score-assessment.js';
import type { StageRef } from '../scoring/score-assessment.js';

// Scored once per assessments list: a page listing projects asks for every card.
const cache = new WeakMap<readonly Assessment[], Map<string, StageRef>>();

/**
 * The EFC stage of each assessed project, by project id: its latest assessment (by `date`),
 * scored with its grid (`efc-ect` when none is named). A project without an assessment, or
 * assessed with an unknown grid or one without stages (a tender grid), has no entry.
 *
 * @example
 * projectStages(feed).get('champ-des-possibles')?.label.fr // 'Offre d’usage'
 */
export function projectStages(feed: Pick<Feed, 'assessments'>): ReadonlyMap<string, StageRef> {
  let stages = cache.get(feed.assessments);
  if (stages) return stages;
  const latest = new Map<string, Assessment>();
  for (const a of feed.assessments) {
    if (a.subject.type !== 'project') continue;
    const known = latest.get(a.subject.id);
    if (!known || a.date > known.date) latest.set(a.subject.id, a);
  }
  stages = new Map();
  for (const [id, a] of latest) {
    const framework = frameworkById(a.framework ?? 'efc-ect');
    const stage = framework && scoreAssessment(a.answers, framework).stage;
    if (stage) stages.set(id, stage);
  }
  cache.set(feed.assessments, stages);
  return stages;
}
