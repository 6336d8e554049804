#!/usr/bin/env node
// Visible focus, proven on pixels (RGAA 10.7, WCAG 2.4.7): on the demo page with every
// component, Tab from control to control; each control inside an Inné element must look
// different focused and unfocused. Computed styles can say "outline: 2px" for a ring that an
// `overflow: hidden` ancestor clips away: only a screenshot tells. Needs the built bundle.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { demoTestBed } from './lib/demo-test-bed.mjs';
import { elementsRendered } from './lib/inne-elements.mjs';

const PAGE = '/docs/demo/strict-csp.html';
const feed = JSON.parse(
  readFileSync(new URL('../packages/components/src/club-inne.feed.json', import.meta.url), 'utf8'),
);
// The club's feed has no links yet: give every item its URLs, so that links take focus too.
const linked = structuredClone(feed);
for (const p of linked.projects ?? []) p.url ??= `https://example.org/projets/${p.id}`;
for (const e of linked.events ?? []) {
  e.url ??= `https://example.org/agenda/${e.id}`;
  e.registrationUrl ??= `https://example.org/agenda/${e.id}/inscription`;
}
for (const m of linked.membership ?? []) m.paymentUrl ??= 'https://example.org/adherer';

const bed = demoTestBed();

test('every control of every element shows its focus, by keyboard', async () => {
  const context = await bed.browser.newContext({
    viewport: { width: 1000, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.route('**/club-inne.feed.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(linked) }),
  );
  // The membership campaign of the feed is open at this date.
  await page.clock.setFixedTime(new Date('2025-10-01T12:00:00Z'));
  await page.goto(bed.server.origin + PAGE);
  await elementsRendered(page, { timeout: 30_000 });
  // A viewport as tall as the page: nothing scrolls between two screenshots.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1000, height: Math.min(height + 100, 12_000) });
  await page.evaluate(() => {
    const h1 = document.querySelector('h1');
    h1.tabIndex = -1;
    h1.focus();
  });

  /** The focused control inside an Inné element: a label, and the area its ring may cover. */
  const current = () =>
    page.evaluate(() => {
      let a = document.activeElement;
      let host = null;
      while (a?.shadowRoot?.activeElement) {
        host = a;
        a = a.shadowRoot.activeElement;
      }
      if (!host || !a || a === document.body) return null;
      // A stretched link rings the box its overlay covers (its positioned ancestor).
      const overlay = getComputedStyle(a, '::after').position === 'absolute';
      const box = (overlay && a.offsetParent) || a;
      const r = box.getBoundingClientRect();
      const m = 6;
      return {
        label: `${host.localName} <${a.localName}${a.getAttribute('part') ? ` part="${a.getAttribute('part')}"` : ''}${a.type ? ` type="${a.type}"` : ''}>`,
        text: (a.textContent || a.getAttribute('aria-label') || a.value || '').trim().slice(0, 40),
        clip: {
          x: Math.max(0, r.x - m),
          y: Math.max(0, r.y - m),
          width: r.width + 2 * m,
          height: r.height + 2 * m,
        },
      };
    });

  const seen = new Map();
  const invisible = [];
  let checked = 0;
  let previous = null;
  for (let i = 0; i < 400; i++) {
    const now = await current();
    // The control left just now: its area without focus must differ from it with focus.
    if (previous) {
      const unfocused = await page.screenshot({ clip: previous.clip });
      if (unfocused.equals(previous.shot)) invisible.push(`${previous.label} "${previous.text}"`);
      checked++;
    }
    previous = null;
    if (now) {
      // A few of each kind of control are enough (a list of forty radios is one kind).
      const n = seen.get(now.label) ?? 0;
      seen.set(now.label, n + 1);
      if (n < 3) previous = { ...now, shot: await page.screenshot({ clip: now.clip }) };
    }
    await page.keyboard.press('Tab');
    const done = await page.evaluate(() => document.activeElement === document.body);
    if (done && i > 0) break;
  }
  const hosts = new Set([...seen.keys()].map((l) => l.split(' ')[0]));
  for (const tag of [
    'inne-projects',
    'inne-events',
    'inne-membership-cta',
    'inne-maturity-assessment',
  ])
    assert.ok(hosts.has(tag), `Tab reached the controls of ${tag}`);
  assert.ok(checked > 10, `${checked} controls checked`);
  assert.deepEqual(invisible, [], 'controls whose focus does not show');
  await context.close();
});
