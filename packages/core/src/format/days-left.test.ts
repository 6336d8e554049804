import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatDaysLeft } from './days-left.js';

describe('formatDaysLeft', () => {
  test('the deadline day is the last day', () => {
    assert.equal(formatDaysLeft(1, 'fr'), 'Dernier jour');
    assert.equal(formatDaysLeft(1, 'en'), 'Last day');
  });

  test('plurals', () => {
    assert.equal(formatDaysLeft(2, 'fr'), '2 jours restants');
    assert.equal(formatDaysLeft(14, 'fr'), '14 jours restants');
    assert.equal(formatDaysLeft(2, 'en'), '2 days left');
  });
});
