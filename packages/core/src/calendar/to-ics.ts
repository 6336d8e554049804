import { eventAttendance } from '../events/event-attendance.js';
import type { Locale } from '../i18n/locale.js';
import type { FeedEvent, Place } from '../schema/event.js';
import { eventTiming } from '../time/event-timing.js';
import { addDays } from '../time/zoned.js';
import { safeUrl } from '../url/safe-url.js';
import { attendanceModeLabels, eventKindLabels, eventStatusLabels } from '../vocabulary/labels.js';
import { addZoneYears, icsDocument, uidDomain } from './ics-document.js';
import type { IcsOptions, ZoneYears } from './ics-document.js';
import { contentLine, escapeText } from './ics-text.js';
import { icsDate, icsLocal, icsStamp } from './ics-values.js';

/** Options of `toICS`: those of every calendar (`now`, `domain`, `publisher`, `name`), `locale`. */
export interface ToIcsOptions extends IcsOptions {
  /** Language of the words the calendar adds (status, "Inscription"). Default `fr`. */
  locale?: Locale;
}

const words = {
  fr: { registration: 'Inscription', online: 'En ligne' },
  en: { registration: 'Registration', online: 'Online' },
} as const;

function placeText(place: Place | undefined): string | undefined {
  if (!place) return undefined;
  const town = [place.postalCode, place.locality].filter(Boolean).join(' ');
  return [place.name, place.streetAddress, town].filter(Boolean).join(', ') || undefined;
}

function location(event: FeedEvent, locale: Locale): string | undefined {
  const where = placeText(event.place);
  const mode = eventAttendance(event);
  if (mode !== 'online' && mode !== 'mixed') return where;
  const link = safeUrl(event.onlineUrl);
  const label = attendanceModeLabels.online[locale];
  const virtual = link ? `${label}\u00a0: ${link}` : label;
  return where && mode === 'mixed' ? `${where} / ${virtual}` : virtual;
}

// A postponed event keeps its old date until a new one is known (as in schema.org's
// EventPostponed): that date is no longer firm, which is what TENTATIVE says.
const statusOf = {
  scheduled: 'CONFIRMED',
  full: 'CONFIRMED',
  cancelled: 'CANCELLED',
  postponed: 'TENTATIVE',
} as const;

function vevent(
  event: FeedEvent,
  zones: ZoneYears,
  stamp: string,
  domain: string,
  locale: Locale,
): string[] {
  const t = eventTiming(event);
  const status = event.status ?? 'scheduled';
  const lines = ['BEGIN:VEVENT', contentLine('UID', `${event.id}@${domain}`), `DTSTAMP:${stamp}`];
  if (t.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${icsDate(t.firstDay)}`);
    // DTEND is exclusive: the day after the last day.
    lines.push(`DTEND;VALUE=DATE:${icsDate(addDays(t.lastDay, 1))}`);
  } else {
    const tzid = { TZID: t.timeZone };
    lines.push(contentLine('DTSTART', icsLocal(t.start, t.timeZone), tzid));
    if (t.endKind !== 'none') lines.push(contentLine('DTEND', icsLocal(t.end, t.timeZone), tzid));
    addZoneYears(
      zones,
      t.timeZone,
      Number(t.firstDay.slice(0, 4)),
      Number(t.lastDay.slice(0, 4)) + (t.endKind === 'day' ? 1 : 0),
    );
  }
  const flagged = status === 'cancelled' || status === 'postponed';
  // Many calendar apps hide STATUS: the title says it too.
  const summary = flagged ? `[${eventStatusLabels[status][locale]}] ${event.title}` : event.title;
  lines.push(contentLine('SUMMARY', escapeText(summary)));
  const registration = safeUrl(event.registrationUrl);
  const description = [
    event.summary,
    status === 'full' ? eventStatusLabels.full[locale] : undefined,
    registration && status !== 'cancelled'
      ? `${words[locale].registration}\u00a0: ${registration}`
      : undefined,
  ].filter(Boolean);
  if (description.length)
    lines.push(contentLine('DESCRIPTION', escapeText(description.join('\n\n'))));
  const where = location(event, locale);
  if (where) lines.push(contentLine('LOCATION', escapeText(where)));
  const url = safeUrl(event.url) ?? registration;
  if (url) lines.push(contentLine('URL', url));
  lines.push(
    contentLine('CATEGORIES', escapeText(eventKindLabels[event.kind]?.[locale] ?? event.kind)),
  );
  lines.push(`STATUS:${statusOf[status]}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * An RFC 5545 calendar of events, for "Ajouter à mon agenda" and subscriptions: VTIMEZONE for
 * each zone used (all-day events need none), times in the event's zone (`DTSTART;TZID=…`),
 * all-day events as dates with DTEND the day after the last day, stable UIDs, cancelled
 * events as STATUS:CANCELLED and postponed ones as TENTATIVE, with the status in the title
 * too. Lines are escaped, folded at 75 octets and end with CRLF.
 *
 * @example
 * const ics = toICS(feed.events, { publisher: feed.publisher, now: new Date() });
 * await writeFile('agenda.ics', ics);
 */
export function toICS(events: readonly FeedEvent[], options: ToIcsOptions = {}): string {
  if (!Array.isArray(events) || !events.every((e) => typeof e === 'object' && e))
    throw new TypeError('toICS: expected a list of events (feed.events)');
  const locale = options.locale ?? 'fr';
  const stamp = icsStamp(options.now);
  const domain = uidDomain(options);
  const zones: ZoneYears = new Map();
  const components = events.map((e) => vevent(e, zones, stamp, domain, locale));
  return icsDocument(components, zones, options);
}
