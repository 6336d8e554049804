import * as z from 'zod/mini';
import type { core } from 'zod/mini';
import { codeCheckProblem, codeChecks } from '../validation/code-checks.js';
import type { CodeCheckName } from '../validation/code-checks.js';

const names = new WeakMap<object, CodeCheckName>();

/**
 * A zod check that runs one of core's code checks (validation/code-checks.ts) and reports its
 * problem: the schema and the validation plan browsers use share that one function.
 *
 * @example
 * const timeZone = z.string().check(z.maxLength(64), codeCheck('timeZone'));
 */
export function codeCheck(name: CodeCheckName): core.$ZodCheck<string> {
  const { test } = codeChecks[name];
  const check = z.check<string>((payload) => {
    if (!test(payload.value))
      payload.issues.push(codeCheckProblem(name, payload.value) as core.$ZodRawIssue);
  });
  names.set(check._zod, name);
  return check;
}

/** The name of a check made by `codeCheck`, from its `_zod` internals (for the plan generator). */
export function codeCheckName(internals: object): CodeCheckName | undefined {
  return names.get(internals);
}
