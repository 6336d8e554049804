import type { Locale } from '../i18n/locale.js';
import type { Campaign } from '../schema/membership.js';
import { addDays } from '../time/zoned.js';
import { safeUrl } from '../url/safe-url.js';
import { icsDocument, uidDomain } from './ics-document.js';
import type { IcsOptions } from './ics-document.js';
import { contentLine, escapeText } from './ics-text.js';
import { icsDate, icsStamp } from './ics-values.js';

/** Options of `deadlineReminderICS`: those of every calendar, the language and the alarm. */
export interface DeadlineReminderOptions extends IcsOptions {
  locale?: Locale;
  /** Days before the deadline when the alarm rings (at 09:00); 0 for none. Default 7. */
  alarmDays?: number;
}

// Whole phrases per language: French puts a space before a colon, English does not.
const words = {
  fr: {
    title: (t: string) => `Dernier jour\u00a0: ${t}`,
    pay: (url: string) => `Adhérer\u00a0: ${url}`,
    alarm: 'Cotisation à régler',
  },
  en: {
    title: (t: string) => `Last day: ${t}`,
    pay: (url: string) => `Join: ${url}`,
    alarm: 'Membership fee due',
  },
} as const;

/**
 * A calendar with one all-day event on a campaign's deadline, to remind a member to pay:
 * with a link to the payment page and an alarm a week before at 09:00.
 *
 * @example
 * const ics = deadlineReminderICS(campaign, { locale: 'fr', publisher: feed.publisher });
 */
export function deadlineReminderICS(
  campaign: Pick<Campaign, 'id' | 'title' | 'deadline' | 'paymentUrl' | 'summary'>,
  options: DeadlineReminderOptions = {},
): string {
  const locale = options.locale ?? 'fr';
  const w = words[locale];
  const pay = safeUrl(campaign.paymentUrl);
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', `${campaign.id}-deadline@${uidDomain(options)}`),
    `DTSTAMP:${icsStamp(options.now)}`,
    `DTSTART;VALUE=DATE:${icsDate(campaign.deadline)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(campaign.deadline, 1))}`,
    contentLine('SUMMARY', escapeText(w.title(campaign.title))),
  ];
  const description = [campaign.summary, pay ? w.pay(pay) : undefined].filter(Boolean);
  if (description.length)
    lines.push(contentLine('DESCRIPTION', escapeText(description.join('\n\n'))));
  if (pay) lines.push(contentLine('URL', pay));
  // A reminder should not mark the day as busy.
  lines.push('TRANSP:TRANSPARENT');
  const days = Math.max(0, Math.floor(options.alarmDays ?? 7));
  if (days > 0) {
    // The event starts at 00:00 of the deadline; 09:00 `days` before is that minus (days − 1) days and 15 h.
    const trigger = days === 1 ? '-PT15H' : `-P${days - 1}DT15H`;
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${trigger}`);
    lines.push(contentLine('DESCRIPTION', escapeText(w.alarm)), 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return icsDocument([lines], new Map(), options);
}
