import { parseArgs } from 'node:util';
import type { Localized } from '@club-inne/core';

export type OptionSpec = Record<string, { type: 'boolean' | 'string'; short?: string }>;

export interface ReadArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * A command's options and positional arguments, strictly: an unknown option or a missing
 * value is a usage error the user can read, not a stack trace. `--lang` (read by inne.ts) and
 * `--help` are accepted by every command.
 *
 * @example
 * const args = readArgs(['feed.json', '--json'], { json: { type: 'boolean' } });
 */
export function readArgs(args: string[], options: OptionSpec): ReadArgs | { error: Localized } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...options, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ReadArgs['values'], positionals };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { error: { fr: `option invalide : ${detail}`, en: `invalid option: ${detail}` } };
  }
}
