import { parseArgs } from 'node:util';
import type { Localized } from '@club-inne/core';
import type { UsageError } from './usage.js';

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
export function readArgs(args: string[], options: OptionSpec): ReadArgs | UsageError {
  const all: OptionSpec = {
    ...options,
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
  try {
    const { values, positionals } = parseArgs({
      args: negativeValues(args, all),
      options: all,
      allowPositionals: true,
      strict: true,
    });
    // `--domain ""` (often an unset shell variable: `--domain "$DOMAIN"`) is no value: said,
    // not read as "no option" nor as a file named "".
    const empty = Object.keys(values).find((name) => values[name] === '');
    if (empty)
      return {
        code: 'empty-value',
        error: { fr: `--${empty}\u00a0: valeur vide`, en: `--${empty}: empty value` },
      };
    return { values: values as ReadArgs['values'], positionals };
  } catch (error) {
    return usageError(error, args, all);
  }
}

/**
 * `--price -5` as `--price=-5`: parseArgs takes any argument that starts with "-" for an option
 * and refuses it as a value, but no option is named by a number, so after an option that takes
 * a value, a negative number is that value. Other arguments starting with "-" stay options
 * (`--name --json` is a forgotten value), and nothing after `--` changes.
 */
function negativeValues(args: string[], options: OptionSpec): string[] {
  const takesValue = (arg: string) =>
    Object.entries(options).some(
      ([name, spec]) =>
        spec.type === 'string' &&
        (arg === `--${name}` || (!!spec.short && arg === `-${spec.short}`)),
    );
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return [...out, ...args.slice(i)];
    const next = args[i + 1];
    if (next !== undefined && /^-\.?\d/.test(next) && takesValue(arg)) {
      // `-o-5` is how parseArgs reads a short option's value glued to it.
      out.push(arg.startsWith('--') ? `${arg}=${next}` : `${arg}${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/**
 * Node's parseArgs errors, reworded in both languages: its own message is English only and,
 * for an unknown option, a paragraph about positional arguments that starts with "-".
 */
function usageError(error: unknown, args: string[], options: OptionSpec): UsageError {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  // `'--jsn'`, `'--timeout <value>'`, or `'-o, --output <value>'` for an option with a short name.
  const option = /'(-[^'<]*?)\s*(?:<[^']*>)?'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return {
      code: 'unknown-option',
      error: { fr: `option inconnue\u00a0: ${option}`, en: `unknown option: ${option}` },
    };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (message.includes('does not take an argument'))
      return {
        code: 'unexpected-value',
        error: { fr: `${option} ne prend pas de valeur`, en: `${option} takes no value` },
      };
    // "Ambiguous": what follows the option starts with "-" and is no number (negativeValues).
    // When it is another of the options, the value was forgotten; else it may be the value.
    const next = args[args.indexOf(option) + 1] ?? '';
    const known = Object.entries(options).some(
      ([name, spec]) =>
        next.split('=')[0] === `--${name}` || (!!spec.short && next === `-${spec.short}`),
    );
    if (message.includes('ambiguous') && !known) {
      const written = `${/'(--[^'=]+)=/.exec(message)?.[1] ?? option}=-…`;
      return {
        code: 'missing-value',
        error: {
          fr: `${option} demande une valeur (une valeur qui commence par «\u00a0-\u00a0» s’écrit ${written})`,
          en: `${option} needs a value (a value that starts with "-" is written ${written})`,
        },
      };
    }
    return {
      code: 'missing-value',
      error: { fr: `${option} demande une valeur`, en: `${option} needs a value` },
    };
  }
  return {
    code: 'invalid-value',
    error: { fr: `option invalide\u00a0: ${message}`, en: `invalid option: ${message}` },
  };
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
): UsageError | undefined {
  if (positionals.length < expected)
    return {
      code: 'missing-argument',
      error: { fr: `il manque ${what.fr}`, en: `missing ${what.en}` },
    };
  if (positionals.slice(0, expected).includes(''))
    return {
      code: 'empty-argument',
      error: {
        fr: `argument vide\u00a0: il faut ${what.fr}`,
        en: `empty argument: expected ${what.en}`,
      },
    };
  if (positionals.length === expected) return undefined;
  const extra = positionals.slice(expected).join(' ');
  const many = positionals.length - expected > 1;
  return {
    code: 'unexpected-argument',
    error: {
      fr: `${many ? 'arguments' : 'argument'} en trop\u00a0: ${extra}`,
      en: `unexpected ${many ? 'arguments' : 'argument'}: ${extra}`,
    },
  };
}
