import { radarEn } from '../messages/en/radar.js';
import { sharedEn } from '../messages/en/shared.js';
import { radarFr } from '../messages/fr/radar.js';
import type { RadarMessages } from '../messages/fr/radar.js';
import { sharedFr } from '../messages/fr/shared.js';
import type { SharedMessages, Texts } from '../messages/messages.js';

/** What `<inne-maturity-radar>` shows (and the radar of the assessment). */
export type RadarTexts = SharedMessages & { maturity: { radar: RadarMessages } };

export const radarTexts: Texts<RadarTexts> = {
  fr: { ...sharedFr, maturity: { radar: radarFr } },
  en: { ...sharedEn, maturity: { radar: radarEn } },
};
