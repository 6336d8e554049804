import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FeedEvent } from '../schema/event.js';
import { selectEvents } from './select-events.js';
import { whyNoEvents } from './why-no-events.js';

const plenary: FeedEvent = {
  id: 'plenary',
  title: 'Plénière',
  kind: 'pleniere',
  start: '2025-11-06T18:00:00+01:00',
  end: '2025-11-06T20:00:00+01:00',
};
const before = new Date('2025-11-01T12:00:00+01:00');
const after = new Date('2025-12-01T12:00:00+01:00');

test('a feed without events has none, whatever is asked', () => {
  for (const when of ['upcoming', 'past', 'all'] as const)
    assert.equal(whyNoEvents([], { when, now: before }), 'none');
});

test('nothing in the time window: nothing upcoming after the last event, nothing past before it', () => {
  assert.equal(whyNoEvents([plenary], { now: after }), 'when');
  assert.equal(whyNoEvents([plenary], { when: 'past', now: before }), 'when');
});

test('an event in the window that the filters leave out: none matches, not none upcoming', () => {
  const options = { now: before, kind: 'atelier' as const };
  assert.deepEqual(selectEvents([plenary], options), []);
  assert.equal(whyNoEvents([plenary], options), 'unmatched');
  assert.equal(whyNoEvents([plenary], { when: 'all', now: after }), 'unmatched');
});
