/** The languages of the kit: French first, English complete. */
export const locales = ['fr', 'en'] as const;
/** A language of the kit, `fr` or `en`: what `toLocale` returns and what `Localized` texts hold. */
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
  return primaryLanguage(tag) === 'en' ? 'en' : 'fr';
}

/** The language of a BCP 47 tag, without region or script: `en-GB` → `en`, `FR_fr` → `fr`. */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0]!;
}

/** Whether a tag names a language of the kit (`fr`, `en-GB`, `EN`), not `de` or `br`. */
export const isKitLocale = (tag: string | null | undefined): boolean =>
  (locales as readonly string[]).includes(primaryLanguage(tag));
