import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventAttendance } from './event-attendance.js';

test('eventAttendance: as given, else implied by the place and the online link', () => {
  const place = { locality: 'Rouen' };
  const onlineUrl = 'https://visio.example.org/x';
  assert.equal(eventAttendance({ attendance: 'online', place }), 'online');
  assert.equal(eventAttendance({ place, onlineUrl }), 'mixed');
  assert.equal(eventAttendance({ onlineUrl }), 'online');
  assert.equal(eventAttendance({ place }), 'in-person');
  assert.equal(eventAttendance({}), undefined);
});
