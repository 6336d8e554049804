import type { RadarTexts } from '../maturity-radar/radar-texts.js';
import { assessmentEn } from '../messages/en/assessment.js';
import { radarEn } from '../messages/en/radar.js';
import { sharedEn } from '../messages/en/shared.js';
import { assessmentFr } from '../messages/fr/assessment.js';
import type { AssessmentMessages } from '../messages/fr/assessment.js';
import { radarFr } from '../messages/fr/radar.js';
import { sharedFr } from '../messages/fr/shared.js';
import type { Texts } from '../messages/messages.js';

/** What `<inne-maturity-assessment>` shows: its form, result and tools, and its radar. */
export type AssessmentTexts = RadarTexts & { maturity: AssessmentMessages };

export const assessmentTexts: Texts<AssessmentTexts> = {
  fr: { ...sharedFr, maturity: { radar: radarFr, ...assessmentFr } },
  en: { ...sharedEn, maturity: { radar: radarEn, ...assessmentEn } },
};
