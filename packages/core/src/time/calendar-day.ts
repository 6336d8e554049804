/**
 * Whether an ISO 8601 date (or the date of a date-time) is a day of the calendar, the proleptic
 * Gregorian one of ISO 8601: `2024-02-29` is, `2025-02-29`, `2025-02-30` and `2025-13-01` are
 * not. Only the first ten characters are read: the format is the caller's to check.
 *
 * @example
 * isCalendarDay('2024-02-29') // true
 * isCalendarDay('2025-02-29') // false
 */
export function isCalendarDay(date: string): boolean {
  // A date-only ISO text is read as UTC midnight; engines roll 30 February over to March, or
  // give an invalid date (whose toISOString throws): the day is real if it reads back the same.
  const day = date.slice(0, 10);
  try {
    return new Date(day).toISOString().startsWith(day);
  } catch {
    return false;
  }
}
