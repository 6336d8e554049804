import { eventsEn } from '../messages/en/events.js';
import { sharedEn } from '../messages/en/shared.js';
import { eventsFr } from '../messages/fr/events.js';
import type { EventsMessages } from '../messages/fr/events.js';
import { sharedFr } from '../messages/fr/shared.js';
import type { SharedMessages, Texts } from '../messages/messages.js';

/** What `<inne-events>` shows. */
export type EventsTexts = SharedMessages & { events: EventsMessages };

export const eventsTexts: Texts<EventsTexts> = {
  fr: { ...sharedFr, events: eventsFr },
  en: { ...sharedEn, events: eventsEn },
};
