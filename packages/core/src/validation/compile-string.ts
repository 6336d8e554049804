import { tidyText } from '../text/tidy-text.js';
import { codeCheckProblem, codeChecks } from './code-checks.js';
import { codePointLength, hasLength, lengthTest } from './length-check.js';
import type { LengthTest } from './length-check.js';
import type { PlanNode, StringCheck } from './plan.js';
import type { Problem } from './problem.js';
import { INVALID } from './validator.js';
import type { Validator } from './validator.js';

/** One check of a text: the text it gives (trimmed, or as it was), or `INVALID`. */
type TextCheck = (text: string, problems: Problem[] | null) => string | typeof INVALID;

function textCheck(check: StringCheck): TextCheck {
  switch (check.check) {
    case 'trim':
      return tidyText;
    case 'max_length':
    case 'min_length': {
      const test = lengthTest(check);
      return (text, problems) => (test(text, problems) ? text : INVALID);
    }
    case 'pattern': {
      const { format, pattern } = check;
      const shown = pattern.toString();
      return (text, problems) => {
        if (pattern.test(text)) return text;
        problems?.push({
          code: 'invalid_format',
          origin: 'string',
          format,
          pattern: shown,
          input: text,
          path: [],
          continue: true,
        });
        return INVALID;
      };
    }
    case 'code': {
      const { name } = check;
      const { test } = codeChecks[name];
      return (text, problems) => {
        if (test(text)) return text;
        problems?.push(codeCheckProblem(name, text));
        return INVALID;
      };
    }
  }
}

/**
 * The verdict alone, for the many valid texts: one function, the bounds in locals. The order of
 * the checks only matters for the order of problems, and for what a trim changes: so this is
 * only made when there is no trim but first.
 */
function fastText(checks: readonly StringCheck[]): ((text: string) => unknown) | undefined {
  const trim = checks[0]?.check === 'trim';
  let maximum = Infinity;
  let minimum = 0;
  const patterns: RegExp[] = [];
  const tests: ((text: string) => boolean)[] = [];
  for (const check of trim ? checks.slice(1) : checks) {
    if (check.check === 'trim') return undefined;
    if (check.check === 'max_length') maximum = Math.min(maximum, check.maximum);
    else if (check.check === 'min_length') minimum = Math.max(minimum, check.minimum);
    else if (check.check === 'pattern') patterns.push(check.pattern);
    else tests.push(codeChecks[check.name].test);
  }
  return (value) => {
    const text = trim ? tidyText(value) : value;
    const units = text.length;
    // Code points only when the UTF-16 length leaves the answer in doubt, as in lengthTest.
    if (units > maximum && codePointLength(text) > maximum) return INVALID;
    if (units < minimum || (units < minimum * 2 && codePointLength(text) < minimum)) return INVALID;
    for (const pattern of patterns) if (!pattern.test(text)) return INVALID;
    for (const test of tests) if (!test(text)) return INVALID;
    return text;
  };
}

/**
 * A text and its checks, in their order. Every check runs even after one failed (zod's
 * checks all `continue`), on the text as the checks before it left it (trimmed).
 */
export function compileString(node: Extract<PlanNode, { type: 'string' }>): Validator {
  const checks = (node.checks ?? []).map(textCheck);
  // What zod still runs on a value that is not a text: the length checks.
  const lengthTests: LengthTest[] = (node.checks ?? []).flatMap((c) =>
    c.check === 'max_length' || c.check === 'min_length' ? [lengthTest(c)] : [],
  );
  const fast = fastText(node.checks ?? []);
  return (value, problems) => {
    if (!problems && fast) return typeof value === 'string' ? fast(value) : INVALID;
    if (typeof value !== 'string') {
      if (!problems) return INVALID;
      problems.push({ code: 'invalid_type', expected: 'string', input: value, path: [] });
      if (hasLength(value)) for (const test of lengthTests) test(value, problems);
      return INVALID;
    }
    let text = value;
    let failed = false;
    for (const check of checks) {
      const out = check(text, problems);
      if (out !== INVALID) text = out;
      else if (!problems) return INVALID;
      else failed = true;
    }
    return failed ? INVALID : text;
  };
}
