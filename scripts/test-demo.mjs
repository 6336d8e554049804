#!/usr/bin/env node
// The README's main job, as a partner's visitor sees it: docs/demo/ (served by `npm start`)
// shows each of the six components on the club's default feed, with no error on the page and
// no WCAG 2.1 A/AA violation that axe can find, the fictional town's theme included. Needs the
// built bundle (`pnpm build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addAxe, axeViolations, describeViolations } from './lib/axe.mjs';
import { demoTestBed } from './lib/demo-test-bed.mjs';
import { elementsRendered, renderedElements } from './lib/inne-elements.mjs';

const TAGS = [
  'inne-projects',
  'inne-project-card',
  'inne-events',
  'inne-membership-cta',
  'inne-maturity-radar',
  'inne-maturity-assessment',
];

const bed = demoTestBed();

/** Opens the demo, noting page errors and console errors, once every element has rendered. */
async function open() {
  const page = await bed.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(`${bed.server.origin}/docs/demo/`);
  await elementsRendered(page);
  return { page, problems };
}

test('the demo page shows every component on the club’s feed, with no error', async () => {
  const { page, problems } = await open();
  const shown = await renderedElements(page);
  // The page's own tags (light DOM): the radar inside the assessment's shadow root does not
  // count, the page must show one of its own.
  const onPage = await page.evaluate(() =>
    [...document.querySelectorAll('*')].map((e) => e.localName),
  );
  for (const tag of TAGS) assert.ok(onPage.includes(tag), `<${tag}> is on the page`);
  for (const s of shown) {
    assert.ok(s.defined, `<${s.tag}> is defined by dist/cdn/inne.js`);
    assert.ok(!s.error, `<${s.tag}> is not in its error state: ${s.text.slice(0, 200)}`);
    assert.ok(s.text.length > 20, `<${s.tag}> shows something`);
  }
  const texts = Object.fromEntries(shown.map((s) => [s.tag, s.text]));
  assert.match(texts['inne-project-card'], /Le Champ des possibles/, 'the featured project');
  assert.match(texts['inne-maturity-radar'], /Exemple/, 'the radar says its answers are made up');
  assert.match(texts['inne-events'], /Désectoriser l'Art/, 'an event of the club’s feed');
  assert.match(texts['inne-membership-cta'], /Adhésions 2025/, 'the club’s campaign');
  assert.deepEqual(problems, [], 'errors while loading the page');
  await page.close();
});

test('axe finds no WCAG 2.1 A/AA violation on the demo page', async () => {
  const { page, problems } = await open();
  await addAxe(page);
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `\n${describeViolations(violations)}`);
  assert.deepEqual(problems, []);
  await page.close();
});
