import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deadlineReminderICS } from './deadline-reminder.js';
import { lines, vevents } from './ics-reader.fixture.js';

const campaign = {
  id: 'cotisations-2025',
  title: 'Cotisations 2025',
  deadline: '2025-12-31',
  paymentUrl: 'https://www.helloasso.com/associations/club-inne/adhesions/2025',
};

describe('deadlineReminderICS', () => {
  test('an all-day event on the deadline with a link to pay', () => {
    const ics = deadlineReminderICS(campaign, { now: new Date('2025-12-01T00:00:00Z') });
    const [e] = vevents(ics);
    assert.equal(e?.get('UID'), 'cotisations-2025-deadline@club-inne');
    assert.equal(e?.get('DTSTART;VALUE=DATE'), '20251231');
    assert.equal(e?.get('DTEND;VALUE=DATE'), '20260101');
    assert.equal(e?.get('SUMMARY'), 'Dernier jour\u00a0: Cotisations 2025');
    assert.equal(e?.get('URL'), campaign.paymentUrl);
    assert.equal(e?.get('TRANSP'), 'TRANSPARENT');
  });

  test('an alarm at 09:00 a week before by default; none when asked', () => {
    assert.ok(lines(deadlineReminderICS(campaign, { now: 0 })).includes('TRIGGER:-P6DT15H'));
    assert.ok(
      lines(deadlineReminderICS(campaign, { now: 0, alarmDays: 1 })).includes('TRIGGER:-PT15H'),
    );
    assert.ok(!deadlineReminderICS(campaign, { now: 0, alarmDays: 0 }).includes('VALARM'));
  });

  test('in English; an unsafe payment URL is left out', () => {
    const ics = deadlineReminderICS(
      { ...campaign, paymentUrl: 'javascript:alert(1)' },
      { now: 0, locale: 'en' },
    );
    assert.equal(vevents(ics)[0]?.get('SUMMARY'), 'Last day: Cotisations 2025');
    assert.ok(!ics.includes('javascript'));
  });

  test('the payment line is punctuated as each language writes it', () => {
    // Without the alarm, whose own DESCRIPTION would come last.
    const description = (locale: 'fr' | 'en') =>
      vevents(deadlineReminderICS(campaign, { now: 0, locale, alarmDays: 0 }))[0]?.get(
        'DESCRIPTION',
      );
    assert.equal(description('en'), `Join: ${campaign.paymentUrl}`);
    assert.equal(description('fr'), `Adhérer\u00a0: ${campaign.paymentUrl}`);
  });
});
