import { membershipEn } from '../messages/en/membership.js';
import { sharedEn } from '../messages/en/shared.js';
import { membershipFr } from '../messages/fr/membership.js';
import type { MembershipMessages } from '../messages/fr/membership.js';
import { sharedFr } from '../messages/fr/shared.js';
import type { SharedMessages, Texts } from '../messages/messages.js';

/** What `<inne-membership-cta>` shows. */
export type MembershipTexts = SharedMessages & { membership: MembershipMessages };

export const membershipTexts: Texts<MembershipTexts> = {
  fr: { ...sharedFr, membership: membershipFr },
  en: { ...sharedEn, membership: membershipEn },
};
