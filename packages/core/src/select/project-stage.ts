import type { Assessment } from '../schema/assessment.js';
import type { Feed } from '../schema/feed.js';
import { assessmentStage } from '../scoring/assessment-stage.js';
import { efcEctRules } from '../scoring/frameworks/efc-ect-rules.js';
import type { FrameworkRules } from '../scoring/frameworks/with-texts.js';
import type { StageRef } from '../scoring/score-assessment.js';

// The built-in grids with stages, by id, as rules only: a stage needs neither the grid's texts
// nor the rest of the scoring (`efc-tender` has no stages, so it has no entry either way).
const gridsWithStages = new Map<string, FrameworkRules>([[efcEctRules.id, efcEctRules]]);

// Scored once per assessments list: a page listing projects asks for every card.
const cache = new WeakMap<readonly Assessment[], Map<string, StageRef>>();

/**
 * The EFC stage of each assessed project, by project id: its latest assessment (by `date`),
 * scored with its grid (`efc-ect` when none is named). A project without an assessment, or
 * assessed with an unknown grid or one without stages (a tender grid), has no entry; so has
 * one assessed only in an example (`example: true`): made-up answers, drawn by a radar that
 * asks for them, are not the project's stage.
 *
 * @example
 * projectStages(feed).get(project.id)?.label.fr // 'Offre d’usage'
 */
export function projectStages(feed: Pick<Feed, 'assessments'>): ReadonlyMap<string, StageRef> {
  let stages = cache.get(feed.assessments);
  if (stages) return stages;
  const latest = new Map<string, Assessment>();
  for (const a of feed.assessments) {
    if (a.subject.type !== 'project' || a.example) continue;
    const known = latest.get(a.subject.id);
    if (!known || a.date > known.date) latest.set(a.subject.id, a);
  }
  stages = new Map();
  for (const [id, a] of latest) {
    const rules = gridsWithStages.get(a.framework ?? 'efc-ect');
    const stage = rules && assessmentStage(a.answers, rules);
    if (stage) stages.set(id, stage);
  }
  cache.set(feed.assessments, stages);
  return stages;
}
