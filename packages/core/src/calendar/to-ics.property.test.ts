import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { FeedEvent } from '../schema/event.js';
import { unescapeText, vevents } from './ics-reader.fixture.js';
import { toICS } from './to-ics.js';

const octets = (s: string) => new TextEncoder().encode(s).length;
// What a TEXT value can carry: controls other than tab are dropped, line breaks become LF.
const expected = (s: string) =>
  s
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\r\n|\r/g, '\n');

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300, size: 'max' }),
  fc.string({
    unit: fc.constantFrom('a', 'é', '€', '🌱', ';', ',', '\\', '\n', '\r\n', ' ', ':'),
    maxLength: 200,
    size: 'max',
  }),
);

test('toICS, for any title and summary: lines ≤ 75 octets, CRLF only, text round-trips', () => {
  fc.assert(
    fc.property(text, text, (title, summary) => {
      const event: FeedEvent = {
        id: 'e',
        title: title || 'x',
        summary,
        kind: 'atelier',
        start: '2025-11-06',
      };
      const ics = toICS([event], { now: 0 });
      assert.ok(ics.endsWith('\r\n'));
      for (const line of ics.slice(0, -2).split('\r\n')) {
        assert.ok(!line.includes('\r') && !line.includes('\n'), 'no bare CR or LF');
        assert.ok(octets(line) <= 75, `line of ${octets(line)} octets`);
      }
      const [e] = vevents(ics);
      assert.equal(unescapeText(e?.get('SUMMARY') ?? ''), expected(title || 'x'));
      if (expected(summary))
        assert.equal(unescapeText(e?.get('DESCRIPTION') ?? ''), expected(summary));
    }),
    { numRuns: 300 },
  );
});
