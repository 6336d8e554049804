import { isKitLocale, toLocale } from '@club-inne/core';
import type { Locale } from '@club-inne/core';

/**
 * The value of `--lang`, written `--lang en` or `--lang=en` (the last one wins, as for every
 * option); `undefined` when there is none.
 */
export function langArgument(args: string[]): string | undefined {
  let value: string | undefined;
  args.forEach((arg, i) => {
    if (arg === '--lang' && i + 1 < args.length) value = args[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  return value;
}

/**
 * `--lang en` (or `--lang=en`) wins; else the shell's language (LC_ALL, LC_MESSAGES, LANG);
 * else French. A `--lang` the kit does not speak falls back the same way (inne.ts reports it).
 */
export function detectLocale(args: string[]): Locale {
  const asked = langArgument(args);
  if (asked !== undefined && isKitLocale(asked)) return toLocale(asked);
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
  return env && !/^(C|POSIX)(\.|$)/.test(env) ? toLocale(env) : 'fr';
}
