import type { FeedEvent } from '../schema/event.js';
import type { AttendanceMode } from '../vocabulary/vocabulary.js';

/**
 * How people take part: the `attendance` given, else what the event implies (a place and an
 * online link: both; only a link: online; only a place: in person); unknown without either.
 *
 * @example
 * eventAttendance({ onlineUrl: 'https://visio.example.org/x' }) // 'online'
 */
export function eventAttendance(
  event: Pick<FeedEvent, 'attendance' | 'place' | 'onlineUrl'>,
): AttendanceMode | undefined {
  if (event.attendance) return event.attendance;
  if (event.place && event.onlineUrl) return 'mixed';
  if (event.onlineUrl) return 'online';
  return event.place ? 'in-person' : undefined;
}
