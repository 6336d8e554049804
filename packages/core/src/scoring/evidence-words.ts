import type { Localized } from '../i18n/locale.js';
import { evidenceKinds } from '../vocabulary/vocabulary.js';
import type { Evidence } from '../vocabulary/vocabulary.js';

// The sentences of blocking conditions and best moves speak of evidence in two ways: what is
// missing (a capped level) and what a move needs (a rise that would otherwise be capped).

const lacking: Record<Evidence, Localized> = {
  none: { fr: 'faute de preuve', en: 'for lack of evidence' },
  declared: { fr: 'faute de déclaration', en: 'for lack of a declaration' },
  document: { fr: 'faute de document', en: 'for lack of a document' },
  'third-party': {
    fr: 'faute d’attestation d’un tiers',
    en: 'for lack of a third-party attestation',
  },
};

const backed: Record<Evidence, Localized> = {
  none: { fr: '', en: '' },
  declared: { fr: 'déclaré', en: 'declared' },
  document: { fr: 'avec un document à l’appui', en: 'backed by a document' },
  'third-party': { fr: 'attesté par un tiers', en: 'attested by a third party' },
};

/** « faute de document »: why a level was capped, by the evidence rank it lacked. */
export const lackingWords = (rank: number): Localized => lacking[evidenceKinds[rank]!];

/** « avec un document à l’appui »: what a move needs, by evidence rank. */
export const backedWords = (rank: number): Localized => backed[evidenceKinds[rank]!];

/** `Documenter « Logique d’offre »`: the action that lets a declared level count in full. */
export function proveWords(rank: number, label: Localized): Localized {
  const kind = evidenceKinds[rank];
  if (kind === 'third-party') {
    return {
      fr: `Faire attester «\u00a0${label.fr}\u00a0» par un tiers`,
      en: `Have “${label.en}” attested by a third party`,
    };
  }
  if (kind === 'document') {
    return { fr: `Documenter «\u00a0${label.fr}\u00a0»`, en: `Back “${label.en}” with a document` };
  }
  return { fr: `Déclarer «\u00a0${label.fr}\u00a0»`, en: `Declare “${label.en}”` };
}
