import { primaryLanguage } from '@club-inne/core';
import type { Feed, Locale } from '@club-inne/core';

/**
 * The `lang` of the feed's own texts (titles, summaries, benefits) in an element speaking
 * `locale`: the feed's language when it gives one and it is another (a French feed on an
 * English page), so that screen readers switch voice (RGAA 8.7); otherwise no attribute, the
 * texts sharing the element's language. Bound as `lang=${lang ?? nothing}`.
 */
export function feedLang(feed: Pick<Feed, 'lang'> | undefined, locale: Locale): string | undefined {
  const lang = feed?.lang;
  return lang && primaryLanguage(lang) !== locale ? lang : undefined;
}
