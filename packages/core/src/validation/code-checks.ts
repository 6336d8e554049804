import { isCalendarDay } from '../time/calendar-day.js';
import { isTimeZone } from '../time/zoned.js';
import { isHttpsUrl } from '../url/is-https-url.js';
import type { Problem } from './problem.js';

/** A rule that is code, not data: what it tests, and the problem it reports. */
export interface CodeCheck {
  test(value: string): boolean;
  problem: Pick<Problem, 'code' | 'format' | 'message'>;
}

/**
 * The rules of the schemas that are code. The zod schemas run them through `codeCheck` (in
 * schema/code-check.ts) and the validation plan names them, so both read the same function and
 * report the same problem.
 */
export const codeChecks = {
  /** An address the URL parser reads as `https:` (see `isHttpsUrl`). */
  httpsUrl: { test: isHttpsUrl, problem: { code: 'invalid_format', format: 'url' } },
  /** The day of a date or date-time exists: not 2025-02-30 (its shape is a pattern's). */
  calendarDay: { test: isCalendarDay, problem: { code: 'invalid_format', format: 'day' } },
  /** An IANA time zone the runtime knows. */
  timeZone: { test: isTimeZone, problem: { code: 'custom', message: 'Unknown IANA time zone' } },
} as const satisfies Record<string, CodeCheck>;

export type CodeCheckName = keyof typeof codeChecks;

/** The problem of `input` failing the code check `name`; later checks of the value still run. */
export function codeCheckProblem(name: CodeCheckName, input: string): Problem {
  return { ...codeChecks[name].problem, input, path: [], continue: true };
}
