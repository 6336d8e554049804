import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tidyText } from './tidy-text.js';

test('tidyText trims and removes every explicit direction control', () => {
  assert.equal(tidyText('  Salle\u202e '), 'Salle');
  assert.equal(tidyText('\u202e Salle'), 'Salle', 'trimmed once the controls are gone');
  assert.equal(tidyText('\u2067Evil\u202b, \u202a\u202d\u2066\u2068x\u202c\u2069'), 'Evil, x');
});

test('tidyText keeps every letter, right-to-left ones and their marks included', () => {
  for (const text of ['Rouen', 'שלום', 'عربي, Rouen', 'a\u200fb\u200e\u061c', 'Éco-scénographie'])
    assert.equal(tidyText(text), text);
});

test('tidyText writes every text in NFC: "é" as one character, however it was typed', () => {
  assert.equal(tidyText('E\u0301vreux'), '\u00c9vreux');
  assert.equal(tidyText(' Cafe\u0301-the\u0301a\u0302tre\u202e '), 'Caf\u00e9-th\u00e9\u00e2tre');
  // Hangul syllables typed as their letters, and a singleton (the ångström sign).
  assert.equal(tidyText('\u1100\u1161'), '\uac00');
  assert.equal(tidyText('12 \u212b'), '12 \u00c5');
});

test('tidyText leaves no text in a form NFC would change, whatever its characters', () => {
  // Every canonical composition, written decomposed: the quick path for texts that need
  // nothing but a trim must never take a character that combines with the one before it.
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCodePoint(code);
    const decomposed = char.normalize('NFD');
    if (decomposed === char) {
      const alone = tidyText(`a${char}a`);
      assert.equal(alone, alone.normalize('NFC'), `U+${code.toString(16)}`);
    } else {
      const out = tidyText(`a${decomposed}a`);
      assert.equal(out, out.normalize('NFC'), `U+${code.toString(16)} decomposed`);
    }
  }
});
