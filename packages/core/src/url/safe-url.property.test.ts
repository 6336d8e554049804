import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { safeUrl } from './safe-url.js';

// Property-based tests: Node's URL is the WHATWG parser browsers use for `href`, so "what would
// a browser make of this value in an attribute of a partner page" can be asked directly.

const PAGE = 'https://partner.example/actualites/page.html';
/** How a browser reads `value` in `<a href>` on PAGE (`undefined`: not a URL at all). */
const browserReads = (value: string) => {
  try {
    return new URL(value, PAGE);
  } catch {
    return undefined;
  }
};

// Characters that hide a scheme: whitespace, C0/C1 controls, zero-width and bidi marks.
const noise = fc.constantFrom(
  '\t',
  '\n',
  '\r',
  ' ',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u2028',
  '\u2060',
  '\ufeff',
  '\u202e',
);
/** `word` in random case, with noise between any letters and around it. */
const disguised = (word: string) =>
  fc
    .tuple(
      fc.array(noise, { maxLength: 3 }),
      fc.tuple(
        ...[...word].map((ch) =>
          fc.tuple(
            fc.boolean().map((up) => (up ? ch.toUpperCase() : ch)),
            fc.array(noise, { maxLength: 2 }),
          ),
        ),
      ),
    )
    .map(([lead, letters]) => lead.join('') + letters.map(([c, n]) => c + n.join('')).join(''));

const dangerous = fc
  .tuple(
    fc.constantFrom('javascript', 'vbscript', 'data', 'file', 'blob', 'http', 'ftp'),
    fc.constantFrom(':', ':', '&colon;', '&#58;', '%3a'),
    fc.constantFrom('alert(1)', '//evil.example/x', 'text/html,<script>alert(1)</script>', ''),
  )
  .chain(([scheme, colon, rest]) => disguised(scheme).map((s) => s + colon + rest));

// Anything a hand may type: URL-ish pieces, noise and random unicode, glued together.
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .array(
      fc.oneof(
        noise,
        fc.constantFrom(
          'https:',
          'javascript:',
          'mailto:',
          'tel:',
          '//',
          '/',
          '\\',
          '@',
          ':',
          '#',
          '?',
          '%0a',
          '&#x09;',
        ),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
  fc.webUrl({ validSchemes: ['https'], authoritySettings: { withUserInfo: true } }),
);

describe('safeUrl properties', () => {
  test('what it lets through, a browser reads as https (mailto/tel for contact), nothing else', () => {
    fc.assert(
      fc.property(
        anyValue,
        fc.constantFrom('link' as const, 'contact' as const),
        (value, purpose) => {
          const out = safeUrl(value, purpose);
          if (out === undefined) return;
          const read = browserReads(out);
          assert.ok(read, `${JSON.stringify(out)} is a URL`);
          const allowed = purpose === 'contact' ? ['https:', 'mailto:', 'tel:'] : ['https:'];
          assert.ok(allowed.includes(read.protocol), `${JSON.stringify(value)} → ${read.protocol}`);
          assert.equal(out, read.href, 'absolute and normalised: the page address plays no part');
          assert.ok(!read.username && !read.password, 'no credentials');
          assert.equal(safeUrl(out, purpose), out, 'idempotent');
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('a value a browser would read as another scheme never passes, however disguised', () => {
    fc.assert(
      fc.property(fc.oneof(dangerous, anyValue), (value) => {
        const read = browserReads(value);
        const out = safeUrl(value, 'contact');
        if (read && !['https:', 'mailto:', 'tel:'].includes(read.protocol))
          assert.equal(out, undefined, `${JSON.stringify(value)} reads as ${read.protocol}`);
        if (out !== undefined) assert.ok(/^(https|mailto|tel):/.test(out));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(dangerous, (value) => {
        assert.equal(safeUrl(value), undefined, JSON.stringify(value));
        assert.equal(safeUrl(value, 'contact'), undefined, JSON.stringify(value));
      }),
      { numRuns: 2000 },
    );
  });

  test('every plain https URL passes, as the browser normalises it', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ validSchemes: ['https'], withFragments: true, withQueryParameters: true }),
        (url) => {
          const read = new URL(url);
          fc.pre(!read.username && !read.password && url.length <= 2048);
          assert.equal(safeUrl(url), read.href);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('never throws, whatever the value', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withMap: true, withNullPrototype: true }),
        (v) => {
          const out = safeUrl(v);
          assert.ok(out === undefined || typeof out === 'string');
        },
      ),
      { numRuns: 500 },
    );
  });
});
