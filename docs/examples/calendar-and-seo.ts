// Events as an .ics calendar (RFC 5545) and as schema.org JSON-LD, from the same feed: what a
// site can serve or render server-side, as the components do in the page.
import { parseFeed, serializeJsonLd, toICS, toJsonLd } from '@club-inne/core';

const { feed } = parseFeed({
  version: 1,
  publisher: { name: 'Club Inné', url: 'https://example.org' },
  actors: [{ id: 'club-inne', name: 'Club Inné', kind: 'association' }],
  events: [
    {
      id: 'pleniere-2025',
      title: 'Plénière du Club Inné',
      kind: 'pleniere',
      start: '2025-11-06T18:00:00+01:00',
      end: '2025-11-06T20:00:00+01:00',
      place: { name: 'Hôtel de ville', locality: 'Rouen', country: 'FR' },
      organizers: ['club-inne'],
    },
  ],
});
const events = feed?.events ?? [];

// `now` fixes DTSTAMP (default: the clock); `domain` makes the UIDs stable.
const ics = toICS(events, { now: Date.UTC(2025, 9, 1), domain: 'example.org' });
const lines = ics.split('\r\n'); // CRLF, folded at 75 octets
console.log(lines.includes('BEGIN:VTIMEZONE'), lines.includes('TZID:Europe/Paris'));
const event = lines.slice(lines.indexOf('BEGIN:VEVENT'));
console.log(event.filter((l) => /^(UID|DTSTART|DTEND|SUMMARY|LOCATION)/.test(l)).join('\n'));

const graph = toJsonLd(feed!); // a whole feed: an @graph of every item
const node = toJsonLd(events[0]!, { feed: feed! }); // one item: one node
if ('@graph' in node) throw new Error('one event gives one node');
console.log(node['@type'], node['@id'], node.startDate);
// Safe inside <script type="application/ld+json"> (no "</script>" can close it).
console.log(serializeJsonLd(graph).startsWith('{"@context":"https://schema.org","@graph":['));

// Prints:
// true true
// UID:pleniere-2025@example.org
// DTSTART;TZID=Europe/Paris:20251106T180000
// DTEND;TZID=Europe/Paris:20251106T200000
// SUMMARY:Plénière du Club Inné
// LOCATION:Hôtel de ville\, Rouen
// Event https://example.org/#event-pleniere-2025 2025-11-06T18:00:00+01:00
// true
