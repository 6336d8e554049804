import type { Locale } from '@club-inne/core';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Messages } from './fr.js';

export type { Messages };

/** The texts of a language. */
export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : fr;
}
