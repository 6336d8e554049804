import { formatFor } from '../format.js';
import type { EventsMessages } from '../fr/events.js';

const { p } = formatFor('en');

/** Every text of `fr/events.ts`, in English. */
export const eventsEn: EventsMessages = {
  empty: {
    upcoming: 'No upcoming events at the moment.',
    past: 'No past events.',
    all: 'No events at the moment.',
  },
  unmatched: 'No event matches this selection.',
  register: 'Register',
  joinOnline: 'Join online',
  addToCalendar: 'Add to my calendar',
  downloadAll: (n: number) =>
    p(n, 'Add this event to my calendar (.ics)', 'Add these # events to my calendar (.ics)'),
  by: (names: string) => `Organised by ${names}`,
  free: 'Free',
  example: 'Example',
  exampleHint: 'Date and details given as an example',
  calendarName: (publisher: string) => `${publisher} events`,
};
