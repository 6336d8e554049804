/**
 * The present as epoch ms, from a `now` property (a Date, epoch ms or an ISO text) that tests
 * and stories set to freeze time; without one, or with one that is not a date, the clock.
 */
export function nowOf(value: Date | number | string | undefined | null): number {
  const n =
    value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : Date.now();
}
