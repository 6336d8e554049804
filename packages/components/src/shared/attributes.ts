/**
 * Readers of attributes a webmaster types. A wrong value is reported through `warn` (the
 * element shows it in the console and the `debug` panel) and replaced by the fallback: it is
 * never thrown at the page.
 */
export type Warn = (value: string, expected: string, fallback: string) => void;

const blank = (value: unknown): value is null | undefined | '' =>
  value === null || value === undefined || String(value).trim() === '';

/** One value out of a list (`layout="grid|list|compact"`). */
export function readChoice<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
  warn: Warn,
): T {
  if (blank(value)) return fallback;
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  warn(value, allowed.join(', '), fallback);
  return fallback;
}

/** Any number of values out of a list, separated by spaces or commas; unknown ones are dropped. */
export function readChoices<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
  warn: Warn,
): T[] {
  if (blank(value)) return [];
  const out: T[] = [];
  for (const v of value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)) {
    if ((allowed as readonly string[]).includes(v)) out.push(v as T);
    else warn(v, allowed.join(', '), '');
  }
  return out;
}

/** Free values separated by commas (territory names may hold spaces). */
export function readNames(value: string | null | undefined): string[] {
  return blank(value)
    ? []
    : value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
}

/** A whole number within bounds (`limit="12"`, `heading-level="3"`). */
export function readInteger(
  value: string | number | null | undefined,
  min: number,
  max: number,
  fallback: number,
  warn: Warn,
): number {
  if (blank(value)) return fallback;
  const n = Number(value);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  warn(String(value), `${min}–${max}`, String(fallback));
  return fallback;
}
