import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FeedEvent } from '../schema/event.js';
import { groupEventsByMonth } from './group-by-month.js';
import { selectEvents } from './select-events.js';

const ev = (id: string, start: string, more: Partial<FeedEvent> = {}): FeedEvent => ({
  id,
  title: id,
  kind: 'atelier',
  start,
  ...more,
});

const events: FeedEvent[] = [
  ev('plenary', '2025-11-06T18:00:00+01:00', {
    end: '2025-11-06T20:00:00+01:00',
    kind: 'pleniere',
    organizers: ['club'],
  }),
  ev('workshop', '2025-11-20T09:00:00+01:00', {
    spheres: ['se-nourrir'],
    organizers: ['malaunay'],
  }),
  ev('no-end', '2025-11-06T09:00:00+01:00'),
  ev('training', '2025-12-01', { end: '2025-12-03', kind: 'formation', spheres: ['energie'] }),
  ev('spring', '2025-03-12T14:00:00+01:00', { end: '2025-03-12T17:00:00+01:00' }),
];
const ids = (list: FeedEvent[]) => list.map((e) => e.id);
const now = new Date('2025-11-06T19:00:00+01:00');

describe('selectEvents', () => {
  test('upcoming by default, soonest first; an event under way is still upcoming', () => {
    assert.deepEqual(ids(selectEvents(events, { now })), [
      'no-end',
      'plenary',
      'workshop',
      'training',
    ]);
  });

  test('past: latest first', () => {
    assert.deepEqual(ids(selectEvents(events, { now, when: 'past' })), ['spring']);
    const later = new Date('2025-11-07T00:00:00+01:00');
    assert.deepEqual(ids(selectEvents(events, { now: later, when: 'past' })), [
      'plenary',
      'no-end',
      'spring',
    ]);
  });

  test('an event is upcoming until it ends', () => {
    const rightBefore = Date.parse('2025-11-06T19:59:59+01:00');
    const atEnd = Date.parse('2025-11-06T20:00:00+01:00');
    assert.ok(ids(selectEvents(events, { now: rightBefore })).includes('plenary'));
    assert.ok(!ids(selectEvents(events, { now: atEnd })).includes('plenary'));
  });

  test('without an end, until midnight of its start day in its zone', () => {
    const lastMinute = Date.parse('2025-11-06T23:59:00+01:00');
    const midnight = Date.parse('2025-11-07T00:00:00+01:00');
    assert.ok(ids(selectEvents(events, { now: lastMinute })).includes('no-end'));
    assert.ok(!ids(selectEvents(events, { now: midnight })).includes('no-end'));
  });

  test('an all-day event is upcoming through its last day, Paris time', () => {
    const lastEvening = Date.parse('2025-12-03T23:30:00+01:00');
    assert.deepEqual(ids(selectEvents(events, { now: lastEvening })), ['training']);
    assert.deepEqual(
      ids(selectEvents(events, { now: Date.parse('2025-12-04T00:00:00+01:00') })),
      [],
    );
  });

  test('all: everything, oldest first', () => {
    assert.deepEqual(ids(selectEvents(events, { now, when: 'all' })), [
      'spring',
      'no-end',
      'plenary',
      'workshop',
      'training',
    ]);
  });

  test('filters by kind, sphere and actor, one value or several', () => {
    assert.deepEqual(ids(selectEvents(events, { now, kind: 'formation' })), ['training']);
    assert.deepEqual(ids(selectEvents(events, { now, kind: ['formation', 'pleniere'] })), [
      'plenary',
      'training',
    ]);
    assert.deepEqual(ids(selectEvents(events, { now, sphere: 'se-nourrir' })), ['workshop']);
    assert.deepEqual(ids(selectEvents(events, { now, actor: 'malaunay' })), ['workshop']);
    assert.deepEqual(ids(selectEvents(events, { now, actor: ['club', 'malaunay'] })), [
      'plenary',
      'workshop',
    ]);
  });

  test('limit after sorting, and an explicit sort', () => {
    assert.deepEqual(ids(selectEvents(events, { now, limit: 2 })), ['no-end', 'plenary']);
    assert.deepEqual(ids(selectEvents(events, { now, limit: 0 })), []);
    assert.deepEqual(ids(selectEvents(events, { now, sort: 'desc', limit: 1 })), ['training']);
  });
});

describe('groupEventsByMonth', () => {
  test('groups in the order given, by the month of the first day', () => {
    const groups = groupEventsByMonth(selectEvents(events, { now }));
    assert.deepEqual(
      groups.map((g) => [g.key, ids(g.events)]),
      [
        ['2025-11', ['no-end', 'plenary', 'workshop']],
        ['2025-12', ['training']],
      ],
    );
  });
});
