import type { PlanNode } from './plan.js';
import { aborted } from './problem.js';
import type { Problem } from './problem.js';
import { INVALID } from './validator.js';
import type { Validator } from './validator.js';

/**
 * The first option that takes the value. When none does: the problems of the only option that
 * failed without stopping (a text of the wrong format, against options of other types), else
 * one `invalid_union` with the problems of each option (`errors`, as zod gives them).
 */
export function compileUnion(
  node: Extract<PlanNode, { type: 'union' }>,
  compile: (node: PlanNode) => Validator,
): Validator {
  const options = node.of.map(compile);
  return (value, problems) => {
    if (!problems) {
      for (const option of options) {
        const parsed = option(value, null);
        if (parsed !== INVALID) return parsed;
      }
      return INVALID;
    }
    const failures: Problem[][] = [];
    for (const option of options) {
      const own: Problem[] = [];
      const parsed = option(value, own);
      if (parsed !== INVALID) return parsed;
      failures.push(own);
    }
    const open = failures.filter((own) => !aborted(own));
    if (open.length === 1) problems.push(...open[0]!);
    else problems.push({ code: 'invalid_union', input: value, path: [], errors: failures });
    return INVALID;
  };
}
