import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  test('lets https: through, normalised', () => {
    assert.equal(safeUrl('https://clubinne.fr/adherer'), 'https://clubinne.fr/adherer');
    assert.equal(safeUrl('HTTPS://ClubInne.FR'), 'https://clubinne.fr/');
    assert.equal(
      safeUrl('https://exemple.fr/a b?q="<x>"'),
      'https://exemple.fr/a%20b?q=%22%3Cx%3E%22',
    );
  });

  test('strips whitespace and control characters before reading the scheme', () => {
    assert.equal(safeUrl('  https://clubinne.fr  '), 'https://clubinne.fr/');
    assert.equal(safeUrl('\thttps://clubinne.fr\n'), 'https://clubinne.fr/');
    assert.equal(safeUrl('ht\ntps://clubinne.fr'), 'https://clubinne.fr/');
    assert.equal(safeUrl('\u00a0\ufeffhttps://clubinne.fr'), 'https://clubinne.fr/');
    assert.equal(safeUrl('https://club\u200binne.fr'), 'https://clubinne.fr/');
  });

  test('keeps the spaces inside a path, encoded', () => {
    assert.equal(
      safeUrl('https://exemple.fr/mon fichier.pdf'),
      'https://exemple.fr/mon%20fichier.pdf',
    );
  });

  const refused: [string, unknown][] = [
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in mixed case', 'JaVaScRiPt:alert(1)'],
    ['javascript: with a tab', 'java\tscript:alert(1)'],
    ['javascript: with newlines', 'java\nscr\r\nipt:alert(1)'],
    ['javascript: after spaces', '   javascript:alert(1)'],
    ['javascript: after control characters', '\u0000\u0001\u001fjavascript:alert(1)'],
    ['javascript: with DEL and C1 controls', 'java\u007fscr\u0085ipt:alert(1)'],
    ['javascript: with zero-width spaces', 'java\u200bscript:alert(1)'],
    ['javascript: with a space inside', 'java script:alert(1)'],
    ['javascript: with a no-break space inside', 'javascript\u00a0:alert(1)'],
    ['https: with a space inside the scheme', 'ht tps://clubinne.fr'],
    ['an HTML entity for the colon', 'javascript&colon;alert(1)'],
    ['a numeric entity for the colon', 'javascript&#58;alert(1)'],
    ['entity-encoded letters', '&#106;avascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['data: base64', 'DATA:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['http:', 'http://clubinne.fr'],
    ['ftp:', 'ftp://clubinne.fr'],
    ['blob:', 'blob:https://clubinne.fr/uuid'],
    ['a relative path', '/adherer'],
    ['a relative file', 'adherer.html'],
    ['a protocol-relative URL', '//evil.example'],
    ['a fragment', '#top'],
    ['credentials', 'https://user:pass@clubinne.fr'],
    ['a user name only', 'https://user@clubinne.fr'],
    ['an empty string', ''],
    ['only whitespace', ' \t\n'],
    ['too long', 'https://clubinne.fr/' + 'a'.repeat(2048)],
    ['a number', 42],
    ['null', null],
    ['an object', { href: 'https://clubinne.fr' }],
    ['mailto: for a link', 'mailto:contact@example.org'],
    ['tel: for a link', 'tel:+33231000000'],
  ];
  for (const [what, value] of refused) {
    test(`refuses ${what}`, () => {
      assert.equal(safeUrl(value), undefined);
      if (!/mailto|tel/.test(what)) assert.equal(safeUrl(value, 'contact'), undefined);
    });
  }

  test('refuses a user name in a contact link too', () => {
    // Found by the property test: `tel://` takes an authority, and with it a user name.
    assert.equal(safeUrl('tel:// @https:', 'contact'), undefined);
    assert.equal(safeUrl('tel://clubinne.fr@evil.example', 'contact'), undefined);
    assert.equal(safeUrl('mailto://user:pass@evil.example', 'contact'), undefined);
  });

  test('lets mailto: and tel: through only for contact links', () => {
    assert.equal(safeUrl('mailto:contact@example.org', 'contact'), 'mailto:contact@example.org');
    assert.equal(safeUrl(' MAILTO:contact@example.org', 'contact'), 'mailto:contact@example.org');
    assert.equal(safeUrl('tel:+33231000000', 'contact'), 'tel:+33231000000');
    assert.equal(safeUrl('https://clubinne.fr/contact', 'contact'), 'https://clubinne.fr/contact');
    assert.equal(safeUrl('javascript:alert(1)', 'contact'), undefined);
  });
});
