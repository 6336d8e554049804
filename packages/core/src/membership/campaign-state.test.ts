import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { campaignState, currentCampaign, parisToday } from './campaign-state.js';

const c2025 = { id: 'c2025', opens: '2025-01-15', deadline: '2025-12-31' };
const c2026 = { id: 'c2026', opens: '2026-01-15', deadline: '2026-06-30' };
const state = (now: string, campaign = c2025, campaigns = [c2025, c2026]) =>
  campaignState(campaign, { now: new Date(now), campaigns });

describe('campaignState', () => {
  test('upcoming before it opens, with the opening date', () => {
    const s = state('2025-01-14T23:59:00+01:00');
    assert.equal(s.state, 'upcoming');
    assert.ok(s.state === 'upcoming' && s.opens === '2025-01-15' && s.daysUntilOpen === 1);
    assert.equal(state('2025-01-15T00:00:00+01:00').state, 'open');
  });

  test('open while more than 14 days are left', () => {
    const s = state('2025-12-17T12:00:00+01:00');
    assert.deepEqual([s.state, 'daysLeft' in s && s.daysLeft], ['open', 15]);
  });

  test('closing soon from 14 days left, the deadline day counting as the last one', () => {
    assert.equal(state('2025-12-17T23:59:59+01:00').state, 'open');
    const first = state('2025-12-18T00:00:00+01:00');
    assert.deepEqual([first.state, 'daysLeft' in first && first.daysLeft], ['closing-soon', 14]);
    const last = state('2025-12-31T23:59:59+01:00');
    assert.deepEqual([last.state, 'daysLeft' in last && last.daysLeft], ['closing-soon', 1]);
  });

  test('closed from 00:00 Paris time the day after the deadline (winter offset)', () => {
    // 23:00 UTC on 31 December is already 1 January in Paris.
    assert.equal(state('2025-12-31T22:59:59Z').state, 'closing-soon');
    const s = state('2025-12-31T23:00:00Z');
    assert.equal(s.state, 'closed');
    assert.equal(s.state === 'closed' && s.next?.id, 'c2026');
  });

  test('closed from 00:00 Paris time the day after the deadline (summer offset)', () => {
    assert.equal(state('2026-06-30T21:59:59Z', c2026).state, 'closing-soon');
    const s = state('2026-06-30T22:00:00Z', c2026);
    assert.equal(s.state, 'closed');
    assert.equal(s.state === 'closed' && s.next, undefined);
  });

  test('the 14-day boundary in summer time too', () => {
    // 2026-06-17 is 14 days before 30 June, counting both ends.
    assert.equal(state('2026-06-16T21:59:59Z', c2026).state, 'open');
    assert.equal(state('2026-06-16T22:00:00Z', c2026).state, 'closing-soon');
  });

  test('a visitor elsewhere sees the Paris day', () => {
    // 20:00 in New York on 31 December is 02:00 on 1 January in Paris.
    assert.equal(state('2025-12-31T20:00:00-05:00').state, 'closed');
  });

  test('without an opening date, open until the deadline', () => {
    assert.equal(
      campaignState({ deadline: '2025-12-31' }, { now: new Date('2020-01-01') }).state,
      'open',
    );
  });

  test('a closed campaign whose successor is also over has no next', () => {
    const s = state('2026-07-01T12:00:00+02:00');
    assert.equal(s.state === 'closed' && s.next, undefined);
  });
});

describe('currentCampaign', () => {
  const pick = (now: string) => currentCampaign([c2026, c2025], { now: new Date(now) })?.id;

  test('the open one', () => {
    assert.equal(pick('2025-06-01T12:00:00+02:00'), 'c2025');
    assert.equal(pick('2026-02-01T12:00:00+01:00'), 'c2026');
  });

  test('between two campaigns, the next one to open', () => {
    assert.equal(pick('2026-01-05T12:00:00+01:00'), 'c2026');
  });

  test('after all of them, the last one closed; none for no campaigns', () => {
    assert.equal(pick('2027-01-01T12:00:00+01:00'), 'c2026');
    assert.equal(currentCampaign([], {}), undefined);
  });

  test("parisToday is Paris's calendar day", () => {
    assert.equal(parisToday(new Date('2025-06-30T22:30:00Z')), '2025-07-01');
  });
});
