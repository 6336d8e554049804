/** What a URL attribute is for: a web link, or a way to contact someone. */
export type UrlPurpose = 'link' | 'contact';

// Controls (C0 with tab and newlines, DEL, C1) and invisible characters are removed anywhere:
// browsers drop tabs and newlines inside a URL, so `java\tscript:` must be read as
// `javascript:`. Other whitespace is only trimmed at the ends: inside, `new URL` encodes it in a
// path (`/mon fichier.pdf`) and refuses it in a scheme, so it cannot hide one.
// eslint-disable-next-line no-control-regex
const STRIP = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;

/**
 * The only gate between data and a URL attribute (`href`, `src`, `action`…). The value is
 * parsed with `new URL` after control characters and outer whitespace are stripped; only `https:`
 * passes, plus `mailto:` and `tel:` when the purpose is `contact`. Anything else, including
 * relative URLs, gives `undefined`, so the renderer writes no attribute at all.
 *
 * @example
 * safeUrl('https://clubinne.fr/adherer') // 'https://clubinne.fr/adherer'
 * safeUrl(' JaVa\tScRiPt:alert(1)')       // undefined
 * safeUrl('mailto:contact@example.org', 'contact') // 'mailto:contact@example.org'
 */
export function safeUrl(value: unknown, purpose: UrlPurpose = 'link'): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  const cleaned = value.replace(STRIP, '').trim();
  if (!cleaned) return undefined;
  let url: URL;
  try {
    url = new URL(cleaned);
  } catch {
    return undefined;
  }
  // A user name shows a trusted name before the real host (`https://clubinne.fr@evil.example`);
  // `tel://name@host` and `mailto://` have no use for one either.
  if (url.username || url.password) return undefined;
  if (url.protocol === 'https:') return url.href;
  if (purpose === 'contact' && (url.protocol === 'mailto:' || url.protocol === 'tel:')) {
    return url.href;
  }
  return undefined;
}
