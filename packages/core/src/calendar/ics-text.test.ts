import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contentLine, escapeText, foldLine } from './ics-text.js';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText', () => {
  test('escapes backslash, semicolon, comma and every kind of line break', () => {
    assert.equal(escapeText('a\\b;c,d'), 'a\\\\b\\;c\\,d');
    assert.equal(escapeText('1\n2\r\n3\r4'), '1\\n2\\n3\\n4');
  });

  test('drops control characters but keeps tabs and any Unicode', () => {
    assert.equal(escapeText('a\u0000b\u0007c\td\u007f'), 'abc\td');
    assert.equal(escapeText('Éco-scénographie 🌱'), 'Éco-scénographie 🌱');
  });

  test('a lone surrogate becomes U+FFFD, which has a UTF-8 form', () => {
    assert.equal(escapeText('a\ud800b'), 'a\ufffdb');
  });
});

describe('foldLine', () => {
  test('leaves a line of 75 octets alone and folds one of 76', () => {
    assert.equal(foldLine('X'.repeat(75)), 'X'.repeat(75));
    assert.equal(foldLine('X'.repeat(76)), `${'X'.repeat(75)}\r\n X`);
  });

  test('counts octets, not characters, and never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`; // 8 + 120 octets
    const parts = foldLine(line).split('\r\n');
    assert.ok(parts.length > 1);
    for (const part of parts) assert.ok(octets(part) <= 75, `${octets(part)} octets`);
    // 8 octets + 33 "é" = 74; a 34th would make 76.
    assert.equal(parts[0], `SUMMARY:${'é'.repeat(33)}`);
    assert.equal(parts.map((p, i) => (i ? p.slice(1) : p)).join(''), line);
  });

  test('keeps 4-octet characters (emoji) whole', () => {
    const parts = foldLine(`X:${'🌱'.repeat(40)}`).split('\r\n');
    for (const part of parts) {
      assert.ok(octets(part) <= 75);
      assert.ok(!/[\ud800-\udbff]$/.test(part), 'no half surrogate pair at the end of a line');
    }
  });

  test('contentLine writes parameters before the value', () => {
    assert.equal(
      contentLine('DTSTART', '20251106T180000', { TZID: 'Europe/Paris' }),
      'DTSTART;TZID=Europe/Paris:20251106T180000',
    );
  });
});
