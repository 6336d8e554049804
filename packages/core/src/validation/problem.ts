import type { SchemaProblem } from '../feed/messages.js';

/**
 * One thing wrong with a value, as a validator reports it: what a zod issue says (the fields
 * `describeProblem` reads), its path from the value checked, and zod's `continue` flag. A
 * problem without `continue: true` stops the checks after it (a text that is not a string gets
 * no pattern check); `continue: false` also stops the length checks, which zod runs on anything
 * with a length.
 */
export interface Problem extends SchemaProblem {
  continue?: boolean;
}

/** Puts `segment` in front of the paths of `problems[start…]`: they were found inside it. */
export function prefixPaths(problems: Problem[], start: number, segment: PropertyKey): void {
  for (let i = start; i < problems.length; i++) problems[i]!.path.unshift(segment);
}

/** Whether a problem from `start` on stops the checks that follow (zod's `aborted`). */
export function aborted(problems: readonly Problem[], start = 0): boolean {
  for (let i = start; i < problems.length; i++) if (problems[i]!.continue !== true) return true;
  return false;
}

/** Whether a problem from `start` on stops even the length checks (zod's `explicitlyAborted`). */
export function explicitlyAborted(problems: readonly Problem[], start = 0): boolean {
  for (let i = start; i < problems.length; i++) if (problems[i]!.continue === false) return true;
  return false;
}
