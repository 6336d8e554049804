import type { Locale } from '../i18n/locale.js';

// Scores are compared unrounded; a threshold is met when the score is within this of it, so
// that 35 computed as 34.99999999999999 by floating point still passes "S ≥ 35".
export const EPSILON = 1e-9;

/**
 * Rounds half away from zero to `digits` decimals (the model shows one decimal), without the
 * floating-point surprises of `Math.round(x * 10) / 10` (28.45 → 28.5, not 28.4).
 */
export function roundTo(x: number, digits: number): number {
  const f = digits === 1 ? 10 : digits === 2 ? 100 : 10 ** digits;
  if (x >= 0) return Math.round(x * f + EPSILON) / f;
  const r = -Math.round(-x * f + EPSILON) / f;
  return r === 0 ? 0 : r;
}

/**
 * A number for a sentence: decimal comma in French, trailing zeros dropped (35, 28,4). Written
 * by hand rather than with `Intl`: the same text in every runtime, and fast enough to build
 * messages for 200,000 assessments a second.
 */
export function formatNumber(x: number, locale: Locale, digits = 1): string {
  const text = String(roundTo(x, digits));
  return locale === 'fr' ? text.replace('.', ',').replace('-', '−') : text.replace('-', '−');
}

/** `+1,7 point`, `+2,5 points`, `−1.5 points`: French is singular below 2. */
export function formatPoints(x: number, locale: Locale, signed = false): string {
  const n = formatNumber(x, locale);
  const sign = signed && roundTo(x, 1) > 0 ? '+' : '';
  const one = locale === 'fr' ? Math.abs(roundTo(x, 1)) < 2 : Math.abs(roundTo(x, 1)) === 1;
  return `${sign}${n} ${one ? 'point' : 'points'}`;
}
