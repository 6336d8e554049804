// Which addresses the embed page takes from its query string. Anyone can write a link to the
// club's embed page, and whatever it shows appears under the club's address: a feed (`src`) or
// a payment page (`href`) chosen by a stranger would be a membership call paying into their
// account. So the embed page takes an address only on its own site or on a site the club lists
// in feeds.json beside it. The configurator uses the same rules to warn before a partner copies
// an iframe snippet that the embed page would refuse.

/** The attributes that hold an address: a feed, and the membership call's payment page. */
export const addressAttributes = ['src', 'href'];

/** The club's list of accepted sites, beside the embed page. */
export const allowlistFile = 'feeds.json';

/**
 * The sites a feeds.json body lists, as origins (`https://host[:port]`), and the entries left
 * out with the reason. Shape: `{ "sites": ["https://donnees.partenaire.example"] }`.
 */
export function readAllowlist(body) {
  if (!body || typeof body !== 'object' || !Array.isArray(body.sites))
    return { sites: [], ignored: [], problem: 'it has no "sites" list' };
  const sites = [];
  const ignored = [];
  for (const entry of body.sites) {
    const site = readEntry(entry);
    if (site.reason) ignored.push(`${JSON.stringify(entry)} (${site.reason})`);
    else sites.push(site.origin);
  }
  return { sites, ignored };
}

/** One entry's origin, or why it is left out. Never throws: one bad entry costs only itself. */
function readEntry(entry) {
  // No pattern: `https://*.example` would be read as a host (Chromium escapes the `*`).
  if (String(entry).includes('*')) return { reason: 'no wildcards: list each site' };
  let url;
  try {
    // Trimmed as text first: the URL parser strips spaces, not a pasted no-break space or BOM.
    url = new URL(String(entry).trim());
  } catch {
    return { reason: 'not a full address: write https://host' };
  }
  // An http:// feed can be altered on its way; browsers block it on an https page anyway.
  if (url.protocol !== 'https:') return { reason: 'only https:// sites' };
  if (url.username || url.password) return { reason: 'no user name or password' };
  // A site, not a file: a path would suggest that only that file is accepted.
  if (url.href !== `${url.origin}/`)
    return { reason: `the site alone, without path: ${url.origin}` };
  return { origin: url.origin };
}

/**
 * Reads feeds.json at `url`. Never throws: when the list cannot be read, no site is accepted
 * but the page's own (fail closed), and `problem` says why.
 */
export async function loadAllowlist(url) {
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      cache: 'no-cache', // the club's edits count at once
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) return { sites: [], ignored: [], problem: `HTTP ${response.status}` };
    return readAllowlist(await response.json());
  } catch (error) {
    const problem =
      error?.name === 'TimeoutError'
        ? 'no answer within 5 s'
        : error instanceof SyntaxError
          ? 'it is not JSON'
          : 'it could not be downloaded';
    return { sites: [], ignored: [], problem };
  }
}

/**
 * Whether the page at `pageUrl` takes `value` as an address: `{ href }`, the absolute address
 * (as the component would read it: relative to the page), when it is on the page's own site or
 * on one of `sites`; otherwise `{ reason, origin }`. Origins are compared, never text: so
 * `https://club.example.evil.example`, `https://club.example@evil.example` or `http://` for
 * `https://` are other sites.
 */
export function checkAddress(value, pageUrl, sites) {
  let url;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return { reason: 'not an address' };
  }
  // javascript:, data:, blob:, file:… are no sites (and `data:` shares a file page's "null").
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { reason: `a ${url.protocol} address is not a web address` };
  // `https://club.example@evil.example` is on evil.example: the user name only disguises it.
  if (url.username || url.password)
    return { reason: 'an address with a user name or password (…@) hides its site' };
  if (url.origin === new URL(pageUrl).origin || sites.includes(url.origin))
    return { href: url.href };
  return { reason: `its site, ${url.origin}, is not accepted`, origin: url.origin };
}
