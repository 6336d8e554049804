import type { PlanNode } from './plan.js';
import { prefixPaths } from './problem.js';
import { INVALID } from './validator.js';
import type { Validator } from './validator.js';

/**
 * An object of known keys, in the shape's order; other keys are dropped. A key whose node is
 * `optional` may be absent (and stays absent); one present with `undefined` is kept as
 * `undefined`, as zod does. Keys are read with `in` and `[]`, so inherited ones count. Every
 * other node refuses `undefined` (plan-from-zod.ts sees to it), so a required key is there.
 */
export function compileObject(
  node: Extract<PlanNode, { type: 'object' }>,
  compile: (node: PlanNode) => Validator,
): Validator {
  const keys = Object.keys(node.shape);
  const nodes = keys.map((key) => node.shape[key]!);
  const optional = nodes.map((field) => field.type === 'optional');
  // An optional field's own node is called directly: `undefined` is handled here.
  const fields = nodes.map((field) => compile(field.type === 'optional' ? field.of : field));
  return (value, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems?.push({ code: 'invalid_type', expected: 'object', input: value, path: [] });
      return INVALID;
    }
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let failed = false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const field = input[key];
      if (field === undefined && optional[i]) {
        // Absent stays absent; present with `undefined` is kept so (`in` only then).
        if (key in input) out[key] = undefined;
        continue;
      }
      const start = problems ? problems.length : 0;
      const parsed = fields[i]!(field, problems);
      if (parsed !== INVALID) out[key] = parsed;
      else if (!problems) return INVALID;
      else {
        prefixPaths(problems, start, key);
        failed = true;
      }
    }
    return failed ? INVALID : out;
  };
}
