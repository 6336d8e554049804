import type { Publisher } from '../schema/feed.js';
import { safeUrl } from '../url/safe-url.js';
import { contentLine, escapeText } from './ics-text.js';
import { vtimezone } from './vtimezone.js';
import { byCodePoint } from '../text/by-code-point.js';

/** Options shared by every calendar the kit writes. */
export interface IcsOptions {
  /** DTSTAMP: when the calendar was written. Injectable for tests; default now. */
  now?: Date | number;
  /**
   * The right-hand side of UIDs (`event-id@domain`), so that a re-downloaded calendar
   * updates events instead of duplicating them. Default: the publisher's host, else `club-inne`.
   * A host name: it is lowercased, and any character other than a letter, a digit, a dot or a
   * dash is dropped (`uidDomain` gives the domain used).
   */
  domain?: string;
  /** The feed's publisher: its host is the default `domain`. */
  publisher?: Publisher;
  /** A name for the calendar (NAME and X-WR-CALNAME), shown by calendar apps on import. */
  name?: string;
}

export const prodId = '-//Club Inne//Inne kit//FR';

/**
 * The right-hand side of the UIDs `toICS` and `deadlineReminderICS` write: `domain`, else the
 * publisher's host, else `club-inne`; lowercased, with letters, digits, dots and dashes only.
 * A domain it changes other than by case is no host name, which a form or a command line can
 * refuse before writing a calendar.
 *
 * @example
 * uidDomain({ domain: 'Example.org' }) // 'example.org'
 * uidDomain({ domain: 'a b' }) // 'ab': not the domain given
 */
export function uidDomain(options: IcsOptions): string {
  const given = options.domain ?? hostOf(options.publisher?.url) ?? 'club-inne';
  return given.toLowerCase().replace(/[^a-z0-9.-]/g, '') || 'club-inne';
}

function hostOf(url: string | undefined): string | undefined {
  const safe = safeUrl(url);
  return safe ? new URL(safe).hostname : undefined;
}

/** Years covered per zone, to generate each VTIMEZONE for just those years. */
export type ZoneYears = Map<string, { from: number; to: number }>;

export function addZoneYears(zones: ZoneYears, timeZone: string, ...years: number[]): void {
  const r = zones.get(timeZone) ?? { from: Math.min(...years), to: Math.max(...years) };
  zones.set(timeZone, { from: Math.min(r.from, ...years), to: Math.max(r.to, ...years) });
}

/** Assembles a VCALENDAR: header, one VTIMEZONE per zone used, the components; CRLF lines. */
export function icsDocument(components: string[][], zones: ZoneYears, options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', prodId),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name) {
    lines.push(contentLine('NAME', escapeText(options.name)));
    lines.push(contentLine('X-WR-CALNAME', escapeText(options.name)));
  }
  for (const [zone, years] of [...zones].sort(([a], [b]) => byCodePoint(a, b))) {
    lines.push(...vtimezone(zone, years.from, years.to));
  }
  for (const component of components) lines.push(...component);
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
