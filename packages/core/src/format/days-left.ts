import type { Locale } from '../i18n/locale.js';

const words: Record<Locale, { last: string } & Partial<Record<Intl.LDMLPluralRule, string>>> = {
  fr: { last: 'Dernier jour', one: '# jour restant', other: '# jours restants' },
  en: { last: 'Last day', one: '# day left', other: '# days left' },
};

/**
 * Days left before a deadline, counted as `campaignState` does: the deadline day itself is
 * the last day (1). Plurals through Intl.PluralRules.
 *
 * @example
 * formatDaysLeft(1, 'fr')  // 'Dernier jour'
 * formatDaysLeft(14, 'fr') // '14 jours restants'
 * formatDaysLeft(2, 'en')  // '2 days left'
 */
export function formatDaysLeft(days: number, locale: Locale): string {
  const w = words[locale];
  if (days <= 1) return w.last;
  const rule = new Intl.PluralRules(locale === 'fr' ? 'fr-FR' : 'en-GB').select(days);
  return (w[rule] ?? w.other ?? '#').replace('#', String(days));
}
