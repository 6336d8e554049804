/** The languages of the kit: French first, English complete. */
export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

/** A text in every language of the kit. */
export type Localized = Record<Locale, string>;

/** A text in French and English, as data is written (`localized('Prix', 'Price')`). */
export const localized = (fr: string, en: string): Localized => ({ fr, en });

/**
 * Picks a supported locale from a BCP 47 tag (`fr-FR` → `fr`, `en-GB` → `en`); anything else
 * falls back to French, the network's language.
 */
export function toLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base === 'en' ? 'en' : 'fr';
}
