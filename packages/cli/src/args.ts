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
    return { error: usageError(error) };
  }
}

/**
 * Node's parseArgs errors, reworded in both languages: its own message is English only and,
 * for an unknown option, a paragraph about positional arguments that starts with "-".
 */
function usageError(error: unknown): Localized {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return { fr: `option inconnue\u00a0: ${option}`, en: `unknown option: ${option}` };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return message.includes('does not take an argument')
      ? { fr: `${option} ne prend pas de valeur`, en: `${option} takes no value` }
      : { fr: `${option} demande une valeur`, en: `${option} needs a value` };
  }
  return { fr: `option invalide\u00a0: ${message}`, en: `invalid option: ${message}` };
}

/**
 * What is wrong with a command's positional arguments, in words the user can act on (`missing
 * the feed to check`, `unexpected argument: b.json`), or `undefined` when there are
 * `expected` of them. `what` names the missing argument.
 */
export function positionalProblem(
  positionals: string[],
  expected: number,
  what: Localized,
): Localized | undefined {
  if (positionals.length < expected)
    return { fr: `il manque ${what.fr}`, en: `missing ${what.en}` };
  if (positionals.length === expected) return undefined;
  const extra = positionals.slice(expected).join(' ');
  const many = positionals.length - expected > 1;
  return {
    fr: `${many ? 'arguments' : 'argument'} en trop\u00a0: ${extra}`,
    en: `unexpected ${many ? 'arguments' : 'argument'}: ${extra}`,
  };
}
