import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { isHttpsUrl } from './is-https-url.js';

const parserSays = (value: string) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

// Characters the URL parser treats specially, around and inside an authority.
const tricky = fc.constantFrom(
  ..."/\\?#@:%.[]-_~!$&'()*+,;=aZ09".split(''),
  ' ',
  '\t',
  '\n',
  '\u0000',
  '\u001f',
  '\u007f',
  '\u00a0',
  'é',
  '\u{1F600}',
  '\ud800',
  'xn--',
  '99999',
  '1.2.3.4',
  '[::1]',
  'HTTPS://',
  'https:',
  'http://',
);

describe('isHttpsUrl', () => {
  test('accepts https addresses and refuses what the parser refuses', () => {
    for (const ok of [
      'https://clubinne.fr',
      'https://a.fr/x?y=1#z',
      'https://u:p@a.fr/',
      'https://a.fr:8443/',
    ])
      assert.equal(isHttpsUrl(ok), true, ok);
    for (const bad of [
      'http://a.fr',
      'https://a:99999',
      'https://exa%mple.org',
      'https://',
      'mailto:a@b.c',
      'https://[::1',
    ])
      assert.equal(isHttpsUrl(bad), false, bad);
  });

  test('gives the parser’s own verdict, whatever the text (the shortcut by authority is exact)', () => {
    const value = fc.tuple(
      fc.constantFrom('https://', 'https:///', 'https://\\', ' https://', 'https:', ''),
      fc.array(tricky, { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(value, ([start, rest]) => {
        const text = start + rest;
        // Twice: the second answer comes from the remembered verdict.
        assert.equal(isHttpsUrl(text), parserSays(text), JSON.stringify(text));
        assert.equal(isHttpsUrl(text), parserSays(text), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });
});
