#!/usr/bin/env node
// Security rule 6, on a real page: docs/demo/strict-csp.html carries the strictest CSP a partner
// is likely to run (no inline script or style, Trusted Types required), served by
// scripts/serve.mjs as a static host would, the CDN bundle loaded as a partner loads it. Every
// component must render with zero CSP violations, and JSON-LD must still be written, through
// the `inne` Trusted Types policy. Needs the built bundle (`pnpm build`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { demoTestBed } from './lib/demo-test-bed.mjs';
import { elementsRendered, renderedElements } from './lib/inne-elements.mjs';

const PAGE = '/docs/demo/strict-csp.html';
const CSP_LINE =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types inne lit-html";
const html = readFileSync(new URL(`..${PAGE}`, import.meta.url), 'utf8');

const bed = demoTestBed();

/**
 * Opens the page (or a variant of its HTML), records every CSP violation, CSP console message
 * and page error, and waits until every Inné element has rendered.
 */
async function open(variant) {
  const page = await bed.browser.newPage();
  const seen = { violations: [], console: [], errors: [] };
  await page.exposeFunction('__cspViolation', (v) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || e.sample}`),
    );
  });
  page.on('console', (m) => {
    const text = m.text();
    if (/Content.Security.Policy|Trusted ?Type|TrustedScript|TrustedHTML/i.test(text))
      seen.console.push(`${m.type()}: ${text}`);
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  if (variant) {
    await page.route(`**${PAGE}`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: variant(html) }),
    );
  }
  await page.goto(bed.server.origin + PAGE);
  await elementsRendered(page);
  return { page, seen };
}

test('the page carries the documented CSP line, with no inline script or style', () => {
  assert.ok(html.includes(`content="${CSP_LINE}"`), 'CSP meta tag');
  const docs = readFileSync(new URL('../docs/security.md', import.meta.url), 'utf8');
  assert.ok(docs.includes(CSP_LINE), 'docs/security.md documents the same line');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(html, /<style|\sstyle=/, 'no inline style');
});

test('every element renders under the strict CSP with zero violations', async () => {
  const { page, seen } = await open();
  const shown = await renderedElements(page);
  const tags = shown.map((s) => s.tag);
  for (const tag of ['inne-projects', 'inne-project-card']) assert.ok(tags.includes(tag), tag);
  for (const s of shown) {
    assert.ok(s.defined, `${s.tag} is defined by dist/cdn/inne.js`);
    assert.ok(!s.error, `${s.tag} is not in its error state`);
    assert.ok(s.text.length > 20, `${s.tag} shows something`);
    assert.ok(s.styled, `${s.tag} has its styles (adoptedStyleSheets)`);
  }
  const cards = await page.evaluate(
    () =>
      document.querySelector('inne-projects').shadowRoot.querySelectorAll('[part~="card"]').length,
  );
  assert.equal(cards, 4, 'four project cards (limit="4")');
  // Interactions create DOM too: a filter, "Voir plus", a calendar download.
  await page.evaluate(async () => {
    const projects = document.querySelector('inne-projects');
    projects.shadowRoot.querySelector('[part~="more-button"]')?.click();
    const select = projects.shadowRoot.querySelector('select');
    if (select) {
      select.selectedIndex = 1;
      select.dispatchEvent(new Event('change'));
    }
    await projects.updateComplete;
  });
  const download = page.waitForEvent('download', { timeout: 5000 }).catch(() => null);
  await page.evaluate(() =>
    document
      .querySelector('inne-events')
      ?.shadowRoot?.querySelector('[part~="add-to-calendar"], [part~="download-all"]')
      ?.click(),
  );
  await download;
  await page.waitForTimeout(200);
  assert.deepEqual(seen.violations, [], 'securitypolicyviolation events');
  assert.deepEqual(seen.console, [], 'CSP messages in the console');
  assert.deepEqual(seen.errors, [], 'page errors');
  await page.close();
});

test('JSON-LD is written, through the `inne` Trusted Types policy', async () => {
  const { page, seen } = await open();
  const nodes = await page.evaluate(() =>
    [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => ({
      host: s.parentElement.localName,
      json: s.textContent,
    })),
  );
  assert.ok(
    nodes.some((n) => n.host === 'inne-projects'),
    'inne-projects wrote its JSON-LD',
  );
  for (const n of nodes) assert.doesNotThrow(() => JSON.parse(n.json), `${n.host} JSON-LD`);
  // Under require-trusted-types-for, a plain string in a script sink throws: the writer used
  // the policy, else nothing would be there.
  const enforced = await page.evaluate(() => {
    try {
      document.createElement('script').text = '1';
      return false;
    } catch {
      return true;
    }
  });
  assert.ok(enforced, 'Trusted Types are enforced on this page');
  assert.deepEqual(seen.violations, []);
  await page.close();
});

test('without `inne` in trusted-types: no JSON-LD, a notice for the webmaster, no page error', async () => {
  const { page, seen } = await open((h) =>
    h
      .replace('trusted-types inne lit-html', 'trusted-types lit-html')
      .replace('<inne-projects filters', '<inne-projects debug filters'),
  );
  const nodes = await page.evaluate(
    () => document.querySelectorAll('script[type="application/ld+json"]').length,
  );
  assert.equal(nodes, 0, 'no JSON-LD written');
  const debug = await page.evaluate(
    () =>
      document.querySelector('inne-projects').shadowRoot.querySelector('[part~="debug"]')
        ?.textContent ?? '',
  );
  assert.match(debug, /Trusted Types/, 'the debug panel says why');
  assert.deepEqual(seen.errors, [], 'page errors');
  // The one expected violation: the refused policy name.
  assert.ok(
    seen.violations.every((v) => /trusted-types/.test(v)),
    seen.violations.join('\n'),
  );
  await page.close();
});

test("two copies of the bundle under the strict CSP, with 'allow-duplicates'", async () => {
  const { page, seen } = await open((h) =>
    h
      .replace('trusted-types inne lit-html', "trusted-types inne lit-html 'allow-duplicates'")
      .replace(
        '</head>',
        '<script type="module" src="../../packages/components/dist/cdn/inne.js?v=2"></script></head>',
      ),
  );
  const shown = await renderedElements(page);
  assert.ok(shown.every((s) => s.defined && !s.error));
  assert.deepEqual(seen.violations, []);
  assert.deepEqual(seen.errors, []);
  await page.close();
});
