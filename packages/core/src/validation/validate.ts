import { compilePlan } from './compile-plan.js';
import type { PlanNode } from './plan.js';
import type { Problem } from './problem.js';
import { INVALID } from './validator.js';

export type Validation<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/**
 * Checks `value` against a plan: its parsed value (as zod's `safeParse(value).data`), or the
 * problems zod would report (as its `error.issues`, with the fields messages read). A valid
 * value is read once; an invalid one a second time, to list its problems.
 *
 * @example
 * const r = validate(answerPlan, { level: 5 });
 * if (!r.ok) r.problems.map(describeProblem);
 */
export function validate<T = unknown>(plan: PlanNode, value: unknown): Validation<T> {
  const read = compilePlan(plan);
  const data = read(value, null);
  if (data !== INVALID) return { ok: true, data: data as T };
  const problems: Problem[] = [];
  read(value, problems);
  return { ok: false, problems };
}
