import { safeUrl } from './safe-url.js';

/** Campaign parameters a partner adds so that the club knows where members come from. */
export interface Utm {
  source?: string;
  medium?: string;
  campaign?: string;
}

/**
 * A link with `utm_source`, `utm_medium` and `utm_campaign` added (replacing the link's own
 * values for those), after `safeUrl`: an unsafe link gives `undefined`, and empty values are
 * left out. Values are cut at 100 characters.
 *
 * @example
 * withUtm('https://www.helloasso.com/adhesion', { source: 'malaunay.fr', medium: 'site' })
 * // 'https://www.helloasso.com/adhesion?utm_source=malaunay.fr&utm_medium=site'
 */
export function withUtm(url: string | undefined, utm: Utm = {}): string | undefined {
  const safe = safeUrl(url);
  if (!safe) return undefined;
  const out = new URL(safe);
  for (const key of ['source', 'medium', 'campaign'] as const) {
    const value = utm[key]?.trim().slice(0, 100);
    if (value) out.searchParams.set(`utm_${key}`, value);
  }
  return safeUrl(out.href);
}
