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
