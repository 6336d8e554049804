import { hasLength, lengthTest } from './length-check.js';
import type { PlanNode } from './plan.js';
import { explicitlyAborted, prefixPaths } from './problem.js';
import { INVALID } from './validator.js';
import type { Validator } from './validator.js';

/**
 * A list: every element by the element node, then the length checks. As in zod, a list longer
 * than a leading `max_length` fails on that alone, before any element is read (a huge list
 * costs nothing), and that problem stops the other checks.
 */
export function compileArray(
  node: Extract<PlanNode, { type: 'array' }>,
  compile: (node: PlanNode) => Validator,
): Validator {
  const element = compile(node.of);
  const checks = node.checks ?? [];
  const tests = checks.map(lengthTest);
  // zod's "size caps": the maxima among the leading length checks.
  const caps = checks.flatMap((c, i) => (c.check === 'max_length' ? [{ ...c, i }] : []));
  const cap = Math.min(...caps.map((c) => c.maximum));
  return (value, problems) => {
    if (!Array.isArray(value)) {
      if (!problems) return INVALID;
      problems.push({ code: 'invalid_type', expected: 'array', input: value, path: [] });
      if (hasLength(value)) for (const test of tests) test(value, problems);
      return INVALID;
    }
    const n = value.length;
    if (n > cap) {
      if (!problems) return INVALID;
      const first = caps.find((c) => n > c.maximum)!;
      tests[first.i]!(value, problems);
      problems[problems.length - 1]!.continue = false;
      return INVALID;
    }
    const start = problems ? problems.length : 0;
    const out: unknown[] = new Array(n);
    let failed = false;
    for (let i = 0; i < n; i++) {
      const from = problems ? problems.length : 0;
      const parsed = element(value[i], problems);
      if (parsed !== INVALID) out[i] = parsed;
      else if (!problems) return INVALID;
      else {
        prefixPaths(problems, from, i);
        failed = true;
      }
    }
    if (!problems || !explicitlyAborted(problems, start)) {
      for (const test of tests) {
        if (test(out, problems)) continue;
        if (!problems) return INVALID;
        failed = true;
      }
    }
    return failed ? INVALID : out;
  };
}
