import type { NumberCheck, PlanNode } from './plan.js';
import type { Problem } from './problem.js';
import { INVALID } from './validator.js';
import type { Validator } from './validator.js';

type Bound = (n: number, problems: Problem[] | null) => boolean;

function bound(check: NumberCheck): Bound {
  const { value, inclusive } = check;
  if (check.check === 'greater_than') {
    return (n, problems) => {
      if (inclusive ? n >= value : n > value) return true;
      problems?.push({
        code: 'too_small',
        origin: 'number',
        minimum: value,
        input: n,
        path: [],
        continue: true,
      });
      return false;
    };
  }
  return (n, problems) => {
    if (inclusive ? n <= value : n < value) return true;
    problems?.push({
      code: 'too_big',
      origin: 'number',
      maximum: value,
      input: n,
      path: [],
      continue: true,
    });
    return false;
  };
}

/**
 * A finite number, and with `int` a safe integer, then its bounds. A number that is not an
 * integer stops there (zod's `invalid_type` of `int`); one beyond the safe range is reported
 * and its bounds still checked.
 */
export function compileNumber(node: Extract<PlanNode, { type: 'number' }>): Validator {
  const int = node.int === true;
  const bounds = (node.checks ?? []).map(bound);
  return (value, problems) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems?.push({ code: 'invalid_type', expected: 'number', input: value, path: [] });
      return INVALID;
    }
    let failed = false;
    if (int && !Number.isSafeInteger(value)) {
      if (!problems) return INVALID;
      if (!Number.isInteger(value)) {
        problems.push({
          code: 'invalid_type',
          expected: 'int',
          format: 'safeint',
          input: value,
          path: [],
          continue: false,
        });
        return INVALID;
      }
      problems.push(
        value > 0
          ? {
              code: 'too_big',
              origin: 'int',
              maximum: Number.MAX_SAFE_INTEGER,
              input: value,
              path: [],
              continue: true,
            }
          : {
              code: 'too_small',
              origin: 'int',
              minimum: Number.MIN_SAFE_INTEGER,
              input: value,
              path: [],
              continue: true,
            },
      );
      failed = true;
    }
    for (const test of bounds) {
      if (test(value, problems)) continue;
      if (!problems) return INVALID;
      failed = true;
    }
    return failed ? INVALID : value;
  };
}
