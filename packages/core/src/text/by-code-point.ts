/**
 * Orders strings by their UTF-16 code units, as `<` does: right for ISO dates and for keys
 * already normalized (lower case, no accents). Not `localeCompare`, whose first call in a
 * page loads the locale's collation data, tens of milliseconds on the way to the first card.
 *
 * @example
 * ['2026-03-01', '2025-11-06'].sort(byCodePoint) // ['2025-11-06', '2026-03-01']
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
