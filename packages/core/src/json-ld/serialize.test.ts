import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serializeJsonLd } from './serialize.js';

test('serializeJsonLd cannot be broken out of a script element, and stays the same JSON', () => {
  const doc = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: '</script><script>alert(1)</script> & <!--',
    x: '\u2028',
  } as const;
  const text = serializeJsonLd(doc);
  assert.ok(!/[<>&\u2028]/.test(text));
  assert.match(text, /\\u003c\/script\\u003e/);
  assert.deepEqual(JSON.parse(text), doc);
});
