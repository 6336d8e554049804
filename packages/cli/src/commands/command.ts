import type { Locale, Localized } from '@club-inne/core';

/** One `inne` subcommand. `run` returns the exit code: 0 ok, 1 problems found, 2 bad usage. */
export interface Command {
  summary: Localized;
  run(args: string[], lang: Locale): Promise<number>;
}
