import type { Localized } from '../i18n/locale.js';

/** What a rule across fields found: its issue code, the field to point at, and its sentence. */
export interface ItemProblem {
  code: 'end-before-start' | 'mixed-date-types' | 'deadline-before-opening';
  field: string;
  message: Localized;
}

function endsBeforeStart(start: string, end: string): boolean {
  // Two calendar dates compare as text (`end` is the last day, inclusive), date-times as instants.
  return start.length === 10 ? end < start : Date.parse(end) < Date.parse(start);
}

// Rules across fields of one item, which a schema of single fields cannot say: one function per
// collection that has any, with its sentences, so that a bundle reading other collections
// carries none of them.

/**
 * An event's `start` and `end` are both dates or both date-times (as RFC 5545 requires of
 * DTSTART and DTEND): `2025-03-14` to `2025-03-14T18:00:00+01:00` could mean an all-day event
 * or one that ends at six, so it is not guessed. And it may not end before it starts.
 */
export function checkEvent(item: object): ItemProblem | undefined {
  const { start, end } = item as { start: string; end?: string };
  if (end === undefined) return undefined;
  // A date is 10 characters long, a date-time more (its length varies with the offset).
  if ((start.length === 10) !== (end.length === 10)) {
    return {
      code: 'mixed-date-types',
      field: 'end',
      message: {
        fr: 'début et fin doivent être deux dates, ou deux dates avec heure',
        en: 'start and end must be two dates, or two date-times',
      },
    };
  }
  if (endsBeforeStart(start, end)) {
    return {
      code: 'end-before-start',
      field: 'end',
      message: { fr: 'la fin est avant le début', en: 'the end is before the start' },
    };
  }
  return undefined;
}

/** A membership campaign may not close before it opens. */
export function checkCampaign(item: object): ItemProblem | undefined {
  const { opens, deadline } = item as { opens?: string; deadline: string };
  if (opens !== undefined && opens > deadline) {
    return {
      code: 'deadline-before-opening',
      field: 'deadline',
      message: {
        fr: 'la date limite est avant l’ouverture',
        en: 'the deadline is before the opening date',
      },
    };
  }
  return undefined;
}
