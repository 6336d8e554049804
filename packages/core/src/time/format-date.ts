import type { Locale } from '../i18n/locale.js';
import { zonedParts } from './zoned.js';

// Dates are composed from Intl's names rather than taken whole from `dateStyle`, because the
// house style differs from CLDR: French writes "1er novembre", British English "Thursday
// 6 November 2025" (CLDR adds a comma). Non-breaking spaces keep "18 h" and "6:00 PM" whole.

const NBSP = '\u00a0';
const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function names(date: string, locale: Locale): { weekday: string; month: string } {
  let f = nameFormatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale[locale], {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    });
    nameFormatters.set(locale, f);
  }
  const utc = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
  const parts = f.formatToParts(utc);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: get('weekday'), month: get('month') };
}

/**
 * Which words `formatDate` writes besides the day, each shown unless set to `false`; without
 * the month, the year is left out too.
 */
export interface DateParts {
  weekday?: boolean;
  month?: boolean;
  year?: boolean;
}

/**
 * A calendar date (`YYYY-MM-DD`) in words, optionally without weekday, month or year so that
 * ranges can share them ("du 6 au 8 novembre 2025").
 *
 * @example
 * formatDate('2025-11-01', 'fr') // 'samedi 1er novembre 2025'
 * formatDate('2025-11-06', 'en', { weekday: false }) // '6 November 2025'
 */
export function formatDate(date: string, locale: Locale, show: DateParts = {}): string {
  const { weekday = true, month = true, year = true } = show;
  const n = names(date, locale);
  const day = Number(date.slice(8, 10));
  const words = [
    weekday ? n.weekday : '',
    locale === 'fr' && day === 1 ? '1er' : String(day),
    month ? n.month : '',
    year && month ? date.slice(0, 4) : '',
  ];
  return words.filter(Boolean).join(' ');
}

/**
 * A month key (`YYYY-MM`, as `eventMonthKey` gives) as a heading.
 *
 * @example
 * formatMonth('2025-11', 'fr') // 'novembre 2025'
 */
export function formatMonth(key: string, locale: Locale): string {
  return `${names(`${key}-01`, locale).month} ${key.slice(0, 4)}`;
}

/**
 * The local time of an instant in a zone, the house way: "18 h", "18 h 30"; "6:00 PM".
 * `period: false` leaves out AM/PM, for the first half of "6:00 – 8:00 PM".
 *
 * @example
 * formatTime(Date.parse('2025-11-06T17:30:00Z'), 'Europe/Paris', 'fr') // '18 h 30'
 */
export function formatTime(
  instant: number,
  timeZone: string,
  locale: Locale,
  period = true,
): string {
  const { hour, minute } = zonedParts(instant, timeZone);
  const mm = String(minute).padStart(2, '0');
  if (locale === 'fr') return minute ? `${hour}${NBSP}h${NBSP}${mm}` : `${hour}${NBSP}h`;
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return period ? `${h12}:${mm}${NBSP}${hour < 12 ? 'AM' : 'PM'}` : `${h12}:${mm}`;
}

/** Whether two instants fall in the same half of the day (for "6:00 – 8:00 PM"). */
export function samePeriod(a: number, b: number, timeZone: string): boolean {
  return zonedParts(a, timeZone).hour < 12 === zonedParts(b, timeZone).hour < 12;
}
