// Verdicts per authority (`host:port`, with any credentials), for feeds of many addresses on a
// few hosts: no URL object for each. Bounded, whatever a feed holds.
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 1000;

function parsesAsHttps(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Whether the WHATWG URL parser (`new URL`, as browsers read a link) reads `value` as an
 * `https:` URL. The feed's pattern for addresses says how one is written; this says the parser
 * agrees, for what a pattern cannot: a port out of range, a host it refuses (`https://a:99999`,
 * `https://exa%mple.org`).
 *
 * @example
 * isHttpsUrl('https://clubinne.fr/adherer') // true
 * isHttpsUrl('https://a:99999') // false
 */
export function isHttpsUrl(value: string): boolean {
  // For `https://` then an authority, the parser can only refuse the authority: the path, query
  // and fragment that follow are escaped, never refused. So the verdict is the authority's,
  // unless the parser first rewrites the text: it drops tabs and newlines, strips spaces and
  // controls at the ends, and skips extra slashes after `https://`.
  if (!value.startsWith('https://')) return parsesAsHttps(value);
  const first = value.charCodeAt(8);
  if (first === 0x2f || first === 0x5c) return parsesAsHttps(value);
  let end = -1;
  for (let i = 8; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 0x20) return parsesAsHttps(value);
    // `/`, `?`, `#` and `\` (a slash, in an https URL) end the authority.
    if (end < 0 && (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x5c)) end = i;
  }
  const authority = value.slice(8, end < 0 ? value.length : end);
  let ok = verdicts.get(authority);
  if (ok === undefined) {
    ok = parsesAsHttps(`https://${authority}/`);
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(authority, ok);
  }
  return ok;
}
