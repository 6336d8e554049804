import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownIds } from './known-ids.js';

const actors = [{ id: 'club-inne' }, { id: 'lnc' }];

test('ids the feed holds are kept, in their order; the others are set apart', () => {
  assert.deepEqual(knownIds(['lnc', 'clubinne', 'club-inne'], actors), {
    known: ['lnc', 'club-inne'],
    unknown: ['clubinne'],
  });
});

test('no id known: nothing to filter on, everything to report', () => {
  assert.deepEqual(knownIds(['ghost'], actors), { known: [], unknown: ['ghost'] });
  assert.deepEqual(knownIds([], actors), { known: [], unknown: [] });
});
