import type { Locale } from '@club-inne/core';

// Intl objects are costly to build and cheap to reuse: one per language and kind.
const cache = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>(
  key: string,
  make: () => T,
): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

/** A number the way the language writes it (`1 000` in French). */
export function formatNumber(locale: Locale, n: number): string {
  // Whole numbers below 1,000 (the usual counts) are written alike in French and English: no
  // Intl.NumberFormat, whose first construction in a page costs tens of milliseconds.
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  return cached(`n${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

/**
 * `one` or `other` by the language's plural rules (French: 0 and 1 are singular), with `#`
 * replaced by the formatted number.
 */
export function plural(locale: Locale, n: number, one: string, other: string): string {
  const form = cached(`p${locale}`, () => new Intl.PluralRules(locale)).select(n);
  return (form === 'one' ? one : other).replace('#', formatNumber(locale, n));
}

/** A moment as a reader expects it: "28 novembre 2026 à 11:30". */
export function formatDateTime(locale: Locale, date: Date): string {
  return cached(
    `d${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }),
  ).format(date);
}

/** `plural` and `formatNumber` bound to one language: the helpers of the message files. */
export function formatFor(locale: Locale) {
  return {
    p: (n: number, one: string, other: string) => plural(locale, n, one, other),
    n: (x: number) => formatNumber(locale, x),
  };
}
