import type { Locale, Localized } from '@club-inne/core';
import { say, warn } from './output.js';

/**
 * What kind of usage error it is, for scripts (`--json`): stable, whatever the language of the
 * message.
 */
export type UsageCode =
  | 'unknown-command'
  | 'unknown-option'
  | 'missing-value'
  | 'unexpected-value'
  | 'empty-value'
  | 'invalid-value'
  | 'missing-argument'
  | 'empty-argument'
  | 'unexpected-argument';

/** A command line that cannot be run: its code and the message in both languages. */
export interface UsageError {
  code: UsageCode;
  error: Localized;
}

/**
 * Whether the command line asks for JSON: `--json` written as such, before any `--`. Asked
 * for, it stands even when the command cannot read the rest of the line (or has no `--json`):
 * the script that wrote it parses standard output.
 */
export function wantsJson(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).includes('--json');
}

/**
 * Says a usage error and returns its exit code, 2: with `--json`, as the one JSON document on
 * standard output (`{ ok: false, code, error: { fr, en } }`, as the commands' other failures);
 * else the message, and the command's help if given (in `lang`), on standard error.
 */
export function usageFailure(
  problem: UsageError,
  args: readonly string[],
  help: string | undefined,
  lang: Locale,
): number {
  if (wantsJson(args)) {
    say(JSON.stringify({ ok: false, code: problem.code, error: problem.error }, null, 2));
  } else {
    if (help === undefined) warn(problem.error[lang]);
    else {
      warn(problem.error[lang] + '\n');
      warn(help);
    }
  }
  return 2;
}
