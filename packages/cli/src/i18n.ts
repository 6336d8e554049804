import { toLocale } from '@club-inne/core';
import type { Locale } from '@club-inne/core';

/** `--lang en` wins; else the shell's language (LC_ALL, LC_MESSAGES, LANG); else French. */
export function detectLocale(args: string[]): Locale {
  const i = args.indexOf('--lang');
  if (i >= 0 && args[i + 1]) return toLocale(args[i + 1]);
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
  return env && !/^(C|POSIX)(\.|$)/.test(env) ? toLocale(env) : 'fr';
}
