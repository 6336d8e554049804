import { isCalendarDay } from './calendar-day.js';

/**
 * The ISO date that a date written day first means, as French writers (and spreadsheets set to
 * French) write it: `12/03/2026`, `12.03.2026`, `12-03-2026` or `1/3/2026` give `2026-03-12`.
 * `null` for any other text, or for a day that does not exist: a message can then name the very
 * date to write instead of only the format.
 *
 * @example
 * isoFromDayFirst('12/03/2026') // '2026-03-12'
 * isoFromDayFirst('30/02/2026') // null
 */
export function isoFromDayFirst(text: string): string | null {
  const m = /^(\d\d?)([/.-])(\d\d?)\2(\d{4})$/.exec(text);
  const iso = m && `${m[4]}-${m[3]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return iso && isCalendarDay(iso) ? iso : null;
}
