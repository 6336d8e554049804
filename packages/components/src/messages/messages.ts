import type { Locale } from '@club-inne/core';
import { sharedEn } from './en/shared.js';
import { sharedFr } from './fr/shared.js';
import type { SharedMessages } from './fr/shared.js';

export type { SharedMessages };

/**
 * An element's texts in each language: the shared ones and the sections it shows, no more (a
 * bundle of `<inne-projects>` carries no text of the maturity components). Each section's
 * English file is typed with the French one's shape, so a missing key fails typecheck.
 */
export type Texts<M extends SharedMessages = SharedMessages> = Readonly<Record<Locale, M>>;

/** The texts every element shows: loading, error, stale data and the webmaster's report. */
export const sharedTexts: Texts = { fr: sharedFr, en: sharedEn };
