import type { CollectionName, IssueSeverity, Locale, Localized } from '@club-inne/core';

// The few words the CLI's reports are made of, in both languages.

export const severityLabels: Record<IssueSeverity, Localized> = {
  error: { fr: 'erreur', en: 'error' },
  warning: { fr: 'avertissement', en: 'warning' },
};

const collectionWords: Record<CollectionName, { fr: [string, string]; en: [string, string] }> = {
  actors: { fr: ['acteur', 'acteurs'], en: ['actor', 'actors'] },
  projects: { fr: ['projet', 'projets'], en: ['project', 'projects'] },
  events: { fr: ['événement', 'événements'], en: ['event', 'events'] },
  links: { fr: ['lien', 'liens'], en: ['link', 'links'] },
  membership: {
    fr: ['campagne d’adhésion', 'campagnes d’adhésion'],
    en: ['membership campaign', 'membership campaigns'],
  },
  assessments: { fr: ['évaluation', 'évaluations'], en: ['assessment', 'assessments'] },
};

const plurals = { fr: new Intl.PluralRules('fr'), en: new Intl.PluralRules('en') };

/** "1 projet", "0 projet", "3 projets"; "1 project", "0 projects". */
export function count(n: number, [one, other]: [string, string], lang: Locale): string {
  return `${n} ${plurals[lang].select(n) === 'one' ? one : other}`;
}

export const countItems = (n: number, collection: CollectionName, lang: Locale) =>
  count(n, collectionWords[collection][lang], lang);

export const countErrors = (n: number, lang: Locale) =>
  count(n, lang === 'fr' ? ['erreur', 'erreurs'] : ['error', 'errors'], lang);

export const countWarnings = (n: number, lang: Locale) =>
  count(n, lang === 'fr' ? ['avertissement', 'avertissements'] : ['warning', 'warnings'], lang);

/** 45,6 in French, 45.6 in English; up to `digits` decimals. */
export function number(n: number, lang: Locale, digits = 1): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);
}
