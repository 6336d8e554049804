import type { Answers } from '../schema/assessment.js';
import { evaluate } from './evaluate.js';
import { indexOfRules } from './framework-index.js';
import type { FrameworkRules } from './frameworks/with-texts.js';
import type { StageRef } from './score-assessment.js';
import { stageReached } from './stage-gates.js';

/**
 * The stage a set of answers reaches on a grid's rules: `scoreAssessment(answers, grid).stage`
 * without the rest of the result, nor the grid's texts (criterion labels, level descriptors),
 * nor its checker. For what shows a stage and nothing else, such as a project card; `null` on
 * a grid without stages.
 *
 * @example
 * assessmentStage(answers, efcEctRules)?.label.fr; // 'Logique de volume'
 */
export function assessmentStage(answers: Answers, rules: FrameworkRules): StageRef | null {
  const ev = evaluate(answers, indexOfRules(rules), null);
  return ev.index.stages[stageReached(ev)]?.ref ?? null;
}
