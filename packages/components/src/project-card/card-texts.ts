import { cardEn } from '../messages/en/card.js';
import { sharedEn } from '../messages/en/shared.js';
import { cardFr } from '../messages/fr/card.js';
import type { CardMessages } from '../messages/fr/card.js';
import { sharedFr } from '../messages/fr/shared.js';
import type { SharedMessages, Texts } from '../messages/messages.js';

/** What a project card shows (the cards of `<inne-projects>` too). */
export type CardTexts = SharedMessages & { projects: CardMessages };

export const cardTexts: Texts<CardTexts> = {
  fr: { ...sharedFr, projects: cardFr },
  en: { ...sharedEn, projects: cardEn },
};
