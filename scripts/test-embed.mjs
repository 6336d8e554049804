#!/usr/bin/env node
// The iframe embed and the snippet configurator in Chromium, as a webmaster would use them:
// docs/embed/ shows one component from its query string and tells its parent its height;
// docs/configurator/ produces the three snippets, and the iframe snippet pasted into a plain
// page of another origin shows the component at the right height. The embed page takes a feed
// or a payment page only on its own site or on a site of its feeds.json. Needs `pnpm build`
// first (the pages load packages/components/dist/cdn/inne.js).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { addressAttributes, checkAddress, readAllowlist } from '../docs/embed/allowlist.js';
import { addAxe, axeViolations, describeViolations } from './lib/axe.mjs';
import { launchChromium } from './lib/browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cdn = join(root, 'packages/components/dist/cdn');
const feed = JSON.parse(readFileSync(join(cdn, 'club-inne.feed.json'), 'utf8'));
const titles = feed.projects.map((p) => p.title);
const foodTitles = feed.projects
  .filter((p) => p.spheres?.includes('se-nourrir'))
  .map((p) => p.title);

// A partner's feed: the club's, with titles no other feed has.
const partnerFeed = {
  ...feed,
  projects: feed.projects.map((p) => ({ ...p, title: `Chez le partenaire : ${p.title}` })),
};
const partnerTitles = partnerFeed.projects.map((p) => p.title);
const listed = 'https://donnees.partenaire.example'; // the site the tests' feeds.json lists

let kit; // the static host of the kit: scripts/serve.mjs
let kitUrl;
let partner; // a partner's site, on another origin
let partnerUrl;
let partnerHtml = '';
let browser;

function listen(server) {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(server.address().port)),
  );
}

before(async () => {
  assert.ok(
    existsSync(join(cdn, 'inne.js')),
    'packages/components/dist/cdn/inne.js: run pnpm build',
  );
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((r) => probe.close(r));
  kit = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => kit.stdout.once('data', resolve));
  kitUrl = `http://127.0.0.1:${port}`;

  partner = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    // Another frame of the partner's page (a video, a map, an ad) that tries to grow itself.
    if (req.url === '/widget.html') {
      res.end(
        '<script>setInterval(() => parent.postMessage({ type: "inne-embed-height", height: 5000, id: "inne-projects" }, "*"), 50)</script>',
      );
    } else res.end(partnerHtml);
  });
  // "localhost" and "127.0.0.1" are two origins: the iframe is cross-origin, as on a real site.
  partnerUrl = `http://localhost:${await listen(partner)}/`;

  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  kit?.kill();
  partner?.close();
});

/** In the page: the given titles that a visitor reads in `selector` (text and shadow roots). */
function titlesShown({ selector, titles: wanted }) {
  const textOf = (node) => {
    let text = '';
    const walk = (n) => {
      if (n.nodeType === Node.TEXT_NODE) text += `${n.textContent} `;
      if (n.shadowRoot) walk(n.shadowRoot);
      for (const c of n.childNodes) walk(c);
    };
    walk(node);
    return text.replace(/\s+/g, ' ');
  };
  const el = document.querySelector(selector);
  const found = el ? wanted.filter((t) => textOf(el).includes(t)) : [];
  return found.length ? found : false;
}

async function newPage(options = {}) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(60000); // a busy machine is slow, not broken
  const page = await context.newPage();
  page.consoleMessages = [];
  page.errors = [];
  page.on('console', (m) => page.consoleMessages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => page.errors.push(e.message));
  return page;
}

/** axe's WCAG 2.1 A/AA violations of the page, as a report ('' when there is none). */
async function violationsOf(page) {
  await addAxe(page);
  return describeViolations(await axeViolations(page));
}

/**
 * A page whose network the test decides: feeds.json as given (an HTTP status, a body or an
 * object; the repository's when undefined), and a partner feed at any `…/flux.json`, on any
 * site, so that what the embed page refuses is never the network's doing. Records requests.
 */
async function embedPage(allowlist) {
  const page = await newPage();
  const context = page.context();
  page.requests = [];
  context.on('request', (r) => page.requests.push(r.url()));
  if (allowlist !== undefined) {
    await context.route('**/docs/embed/feeds.json', (route) =>
      typeof allowlist === 'number'
        ? route.fulfill({ status: allowlist, body: 'Not found' })
        : route.fulfill({
            contentType: 'application/json',
            body: typeof allowlist === 'string' ? allowlist : JSON.stringify(allowlist),
          }),
    );
  }
  await context.route(/\/flux\.json$/, (route) =>
    route.fulfill({
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify(partnerFeed),
    }),
  );
  return page;
}

/** Opens the embed page with `query`; resolves to the visitor's message, or fails if none. */
async function refusedMessage(page, query) {
  page.consoleMessages.length = 0;
  await page.goto(`${kitUrl}/docs/embed/?${query}`);
  await page.waitForSelector('.inne-embed-error');
  assert.equal(await page.locator('main > :not(.inne-embed-error)').count(), 0, query);
  // As a visitor reads it: the French no-break spaces as spaces.
  return (await page.textContent('main')).replace(/\s+/g, ' ').trim();
}

const srcRefused =
  'Ce contenu ne peut pas être affiché : ses données viendraient d’un site que le Club Inné n’a pas autorisé.';
const q = (params) => new URLSearchParams(params).toString();

test('the pages have no inline script, handler or style (strict CSP), a title and a lang', () => {
  for (const file of ['docs/embed/index.html', 'docs/configurator/index.html']) {
    const html = readFileSync(join(root, file), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${file}: inline script`);
    assert.doesNotMatch(html, /\son[a-z]+=/i, `${file}: inline event handler`);
    assert.doesNotMatch(html, /\sstyle=/i, `${file}: inline style attribute`);
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /<title>[^<]+<\/title>/);
    assert.match(html, /Content-Security-Policy[^>]*script-src 'self'/);
  }
});

test('the embed page shows one component with the allowlisted attributes', async () => {
  const page = await newPage();
  const query =
    'component=projects&sphere=se-nourrir&limit=2&lang=en&foo=1&onclick=alert(1)' +
    '&--inne-accent=%23b00000&--inne-border=red%3Bbackground:url(x)';
  await page.goto(`${kitUrl}/docs/embed/?${query}`);
  const shown = await (
    await page.waitForFunction(titlesShown, { selector: 'inne-projects', titles })
  ).jsonValue();
  assert.ok(shown.length >= 1 && shown.length <= 2, shown.join(' | '));
  for (const t of shown) assert.ok(foodTitles.includes(t), `${t} is about se-nourrir`);

  const state = await page.evaluate(() => {
    const main = document.querySelector('main');
    const el = main.firstElementChild;
    return {
      children: main.children.length,
      tag: el.localName,
      attrs: el.getAttributeNames().sort(),
      accent: el.style.getPropertyValue('--inne-accent'),
      border: el.style.getPropertyValue('--inne-border'),
      lang: document.documentElement.lang,
      title: document.title,
    };
  });
  assert.equal(state.children, 1);
  assert.equal(state.tag, 'inne-projects');
  assert.deepEqual(
    state.attrs.filter((a) => a !== 'style'),
    ['lang', 'limit', 'sphere'],
  );
  assert.equal(state.accent, '#b00000');
  assert.equal(state.border, '', 'a value that could escape its declaration is refused');
  assert.equal(state.lang, 'en');
  assert.equal(state.title, 'Club Inné cooperative projects');
  const warning = page.consoleMessages.find((m) => m.includes('Inné embed: ignored'));
  assert.ok(warning, page.consoleMessages.join('\n'));
  for (const name of ['foo', 'onclick', '--inne-border']) assert.ok(warning.includes(name), name);
  assert.deepEqual(page.errors, []);
  await page.context().close();

  const checked = await newPage({ bypassCSP: true }); // axe is injected as an inline script
  await checked.goto(`${kitUrl}/docs/embed/?${query}`);
  await checked.waitForFunction(titlesShown, { selector: 'inne-projects', titles });
  assert.equal(await violationsOf(checked), '');
  await checked.context().close();
});

/** Waits until the component of the embed page is drawn: no placeholder, no error. */
const drawn = (page) =>
  page.waitForFunction(() => {
    const root = document.querySelector('main > *')?.shadowRoot;
    return (
      root &&
      !root.querySelector('[part~="loading"], [part~="error"]') &&
      root.textContent.trim().length > 20
    );
  });

/** The page's own look: its colour scheme, background and text colour as computed. */
const lookOf = (page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return [style.colorScheme, style.backgroundColor, style.color];
  });

test('theme=dark: a dark page whose text the component takes, every component AA contrast', async () => {
  const page = await newPage({ bypassCSP: true }); // axe is injected as an inline script
  const queries = {
    projects: { filters: '' },
    'project-card': { 'project-id': feed.projects[0].id },
    events: { when: 'all' },
    membership: {},
    'maturity-radar': { assessment: feed.assessments[0].id, table: 'visible' },
    'maturity-assessment': {},
  };
  for (const [component, query] of Object.entries(queries)) {
    // A dark site's cards, as a partner would set them: the text must follow.
    const dark = { component, ...query, theme: 'dark', '--inne-surface': '#222' };
    await page.goto(`${kitUrl}/docs/embed/?${q(dark)}`);
    await drawn(page);
    assert.deepEqual(
      await lookOf(page),
      ['dark', 'rgb(21, 25, 29)', 'rgb(236, 232, 225)'],
      component,
    );
    assert.equal(await violationsOf(page), '', `${component} on a dark page`);
  }

  // Without `theme`, a partner's dark colour asks for it: the page's, else the cards'.
  for (const [query, look] of [
    [{ '--inne-surface': '#222' }, ['dark', 'rgb(21, 25, 29)', 'rgb(236, 232, 225)']],
    [{ background: '#222' }, ['dark', 'rgb(34, 34, 34)', 'rgb(236, 232, 225)']],
    [{ '--inne-surface': '#f5f5f5' }, ['light', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)']],
    // Read as the browser reads a colour: a name or a function is measured like hex.
    [{ background: 'navy' }, ['dark', 'rgb(0, 0, 128)', 'rgb(236, 232, 225)']],
    [{ background: 'black' }, ['dark', 'rgb(0, 0, 0)', 'rgb(236, 232, 225)']],
    [{ background: 'rgb(20, 30, 60)' }, ['dark', 'rgb(20, 30, 60)', 'rgb(236, 232, 225)']],
    [{ background: 'hsl(210 50% 10%)' }, ['dark', 'rgb(13, 26, 38)', 'rgb(236, 232, 225)']],
    [{ '--inne-surface': 'darkslategray' }, ['dark', 'rgb(21, 25, 29)', 'rgb(236, 232, 225)']],
    [{ background: 'lightyellow' }, ['light', 'rgb(255, 255, 224)', 'rgb(0, 0, 0)']],
  ]) {
    await page.goto(`${kitUrl}/docs/embed/?${q(query)}`);
    await drawn(page);
    assert.deepEqual(await lookOf(page), look, q(query));
    if (look[0] === 'dark') assert.equal(await violationsOf(page), '', q(query));
  }

  // The site's own background and text colour, over the theme's.
  page.consoleMessages.length = 0;
  const own = { theme: 'dark', background: '#222', color: '#eeeeee' };
  await page.goto(`${kitUrl}/docs/embed/?${q(own)}`);
  await drawn(page);
  assert.deepEqual(await lookOf(page), ['dark', 'rgb(34, 34, 34)', 'rgb(238, 238, 238)']);
  assert.equal(await violationsOf(page), '');
  assert.equal(ignoredWarning(page), '');

  // Anything but a known theme or a plain colour is left out and listed.
  const wrong = { theme: 'neon', background: 'url(x)', color: 'rouge' };
  await page.goto(`${kitUrl}/docs/embed/?${q(wrong)}`);
  await drawn(page);
  assert.deepEqual(await lookOf(page), ['light', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  for (const part of [
    '- theme=neon (one of: light, dark)',
    '- background=url(x) (not a plain colour)',
    '- color=rouge (not a plain colour)',
  ])
    assert.ok(ignoredWarning(page).includes(part), `${part} in: ${ignoredWarning(page)}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('page colours whose text would not read are left out, with the reason, in the page’s language', async () => {
  const page = await newPage({ bypassCSP: true }); // axe is injected as an inline script
  /** The console's contrast warning of the embed page, or '' when there is none. */
  const contrastWarning = () =>
    page.consoleMessages.find((m) => /Inné embed\s?: (left out|.* laissés? de côté)/.test(m)) ?? '';
  for (const [query, look, words] of [
    // The partner's text on their dark background: the dark theme's text instead.
    [
      { component: 'membership', background: '#222', color: '#333' },
      ['dark', 'rgb(34, 34, 34)', 'rgb(236, 232, 225)'],
      [
        'color=#333 laissé de côté',
        '(#333) sur son fond (#222)',
        '1,2:1',
        '4,5:1',
        '#ece8e1 sur #222 (13:1)',
      ],
    ],
    // White text on the light page, in English with lang=en.
    [
      { component: 'membership', color: 'white', lang: 'en' },
      ['light', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)'],
      [
        'left out color=white',
        '(white) on its background (#ffffff)',
        'contrast of 1:1',
        '4.5:1 WCAG asks',
        '#000000 on #ffffff (21:1)',
      ],
    ],
    // A light theme asked for on a black page: the theme is kept, the background left out.
    [
      { component: 'events', theme: 'light', background: 'rgb(0, 0, 0)', when: 'all' },
      ['light', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)'],
      ['background=rgb(0, 0, 0) laissé de côté', '#000000 sur #ffffff (21:1)'],
    ],
    // Both colours, too close: the theme's own pair.
    [
      { component: 'projects', theme: 'dark', background: 'silver', color: 'gray', lang: 'en' },
      ['dark', 'rgb(21, 25, 29)', 'rgb(236, 232, 225)'],
      ['left out background=silver and color=gray', '#ece8e1 on #15191d'],
    ],
  ]) {
    page.consoleMessages.length = 0;
    await page.goto(`${kitUrl}/docs/embed/?${q(query)}`);
    await drawn(page);
    assert.deepEqual(await lookOf(page), look, q(query));
    for (const part of words)
      assert.ok(
        contrastWarning().includes(part),
        `${part} in: ${contrastWarning() || page.consoleMessages.join('\n')}`,
      );
    assert.equal(await violationsOf(page), '', q(query));
  }
  // Readable colours, even close to the limit, are kept without a word (#767676 on white: 4.54:1).
  for (const query of [
    { color: '#767676' },
    { theme: 'dark', background: '#222', color: '#eeeeee' },
    { background: 'navy', color: 'yellow' },
  ]) {
    page.consoleMessages.length = 0;
    await page.goto(`${kitUrl}/docs/embed/?${q(query)}`);
    await drawn(page);
    assert.equal(contrastWarning(), '', q(query));
    assert.equal(ignoredWarning(page), '', q(query));
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// Words a stranger would like the club's frame to say.
const strangersWords = 'Réglez votre cotisation par virement : IBAN FR76 0000 0000 0000';

/** The console's "ignored" warning of the embed page, or '' when there is none. */
const ignoredWarning = (page) =>
  page.consoleMessages.find((m) => m.includes('Inné embed: ignored')) ?? '';

test('a link cannot put its own words in a frame: the radar’s label, the debug panel', async () => {
  const page = await newPage();
  const radar = {
    component: 'maturity-radar',
    assessment: feed.assessments[0].id,
    label: strangersWords,
  };
  await page.goto(`${kitUrl}/docs/embed/?${q(radar)}`);
  await page.waitForFunction(titlesShown, { selector: 'main', titles: ['Score global'] });
  // The feed's assessment, under the radar's own name for it.
  assert.deepEqual(
    await page.evaluate(titlesShown, {
      selector: 'main',
      titles: [strangersWords, 'Ce diagnostic'],
    }),
    ['Ce diagnostic'],
  );
  assert.equal(await page.getAttribute('inne-maturity-radar', 'label'), null);
  assert.ok(
    ignoredWarning(page).includes(
      "- label (free text is not shown on the club's page; use the script and tag on your own site)",
    ),
    page.consoleMessages.join('\n'),
  );

  // The debug panel would quote a wrong value, whatever it says.
  page.consoleMessages.length = 0;
  await page.goto(`${kitUrl}/docs/embed/?${q({ debug: '', limit: strangersWords })}`);
  await page.waitForFunction(titlesShown, { selector: 'inne-projects', titles });
  assert.equal(
    await page.evaluate(titlesShown, { selector: 'main', titles: [strangersWords] }),
    false,
  );
  assert.equal(await page.locator('inne-projects [part~="debug"]').count(), 0);
  assert.match(ignoredWarning(page), /- debug \(/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a link cannot make a membership frame announce a campaign of its own', async () => {
  const page = await newPage();
  /** The membership call a visitor reads, once drawn: a campaign or "no campaign". */
  const membershipText = async (query) => {
    page.consoleMessages.length = 0;
    await page.goto(`${kitUrl}/docs/embed/?${q({ component: 'membership', ...query })}`);
    await page.waitForFunction(() =>
      document
        .querySelector('inne-membership-cta')
        ?.shadowRoot?.querySelector('[part~="cta"], [part~="empty"]'),
    );
    return page.evaluate(() =>
      document.querySelector('inne-membership-cta').shadowRoot.textContent.replace(/\s+/g, ' '),
    );
  };
  const feeds = await membershipText({});
  const madeUp = await membershipText({
    year: '2031',
    opens: '2031-01-01',
    deadline: '2031-03-31',
  });
  assert.equal(madeUp, feeds, 'the feed’s campaign, as without the made-up one');
  assert.doesNotMatch(madeUp, /2031/);
  for (const name of ['year', 'opens', 'deadline'])
    assert.ok(
      ignoredWarning(page).includes(`- ${name} (the frame shows the feed's campaign`),
      name,
    );
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an unknown component gives a readable message and a console error, not a blank', async () => {
  const page = await newPage();
  await page.goto(`${kitUrl}/docs/embed/?component=carte`);
  await page.waitForSelector('.inne-embed-error');
  assert.match(await page.textContent('main'), /ne peut pas être affiché/);
  assert.ok(page.consoleMessages.some((m) => m.startsWith('error: Inné embed: unknown component')));
  // Names that every object has are no components either.
  for (const name of ['constructor', '__proto__']) {
    await page.goto(`${kitUrl}/docs/embed/?component=${name}`);
    await page.waitForSelector('.inne-embed-error');
    assert.deepEqual(page.errors, []);
  }
  await page.context().close();
});

test('lang is read as the components read it: en-GB is English, de is reported', async () => {
  const page = await newPage();
  const shownIn = async (lang) => {
    page.consoleMessages.length = 0;
    await page.goto(`${kitUrl}/docs/embed/?${q({ limit: '1', lang })}`);
    await page.waitForFunction(titlesShown, { selector: 'inne-projects', titles });
    return page.evaluate(() => ({
      page: document.documentElement.lang,
      title: document.title,
      more: document
        .querySelector('inne-projects')
        .shadowRoot.querySelector('.more button')
        ?.textContent.trim(),
    }));
  };
  for (const lang of ['en-GB', 'EN', ' en_us ']) {
    assert.deepEqual(
      await shownIn(lang),
      { page: 'en', title: 'Club Inné cooperative projects', more: 'Show more' },
      lang,
    );
  }
  // A language the kit does not speak: French, and the component says why, as on any page.
  assert.equal((await shownIn('de')).page, 'fr');
  assert.ok(
    page.consoleMessages.some((m) =>
      m.replace(/\s+/g, ' ').includes('lang="de" n’est pas reconnu (attendu : fr, en)'),
    ),
    page.consoleMessages.join('\n'),
  );
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an address is accepted on the page’s own site or a listed one: origins, not text', () => {
  const page = 'https://club.example/embed/?component=projects';
  const { sites } = readAllowlist({ sites: ['https://donnees.partenaire.example'] });
  const accepted = {
    'https://club.example/data/feed.json': 'https://club.example/data/feed.json',
    'feed.json': 'https://club.example/embed/feed.json',
    '../data/feed.json': 'https://club.example/data/feed.json',
    '/data/feed.json': 'https://club.example/data/feed.json',
    'https://CLUB.example:443/feed.json': 'https://club.example/feed.json',
    'https://donnees.partenaire.example/flux.json': 'https://donnees.partenaire.example/flux.json',
    ' https://donnees.partenaire.example/flux.json\n':
      'https://donnees.partenaire.example/flux.json',
  };
  for (const [value, href] of Object.entries(accepted)) {
    assert.deepEqual(checkAddress(value, page, sites), { href }, value);
  }
  const refused = [
    'https://evil.example/feed.json',
    '//evil.example/feed.json',
    'https:\\\\evil.example\\feed.json',
    'https://club.example.evil.example/feed.json',
    'https://club.example\t.evil.example/feed.json',
    'https://evil.example/club.example/feed.json',
    'https://evil.example/?https://club.example/',
    'https://club.example@evil.example/feed.json',
    'https://club.example%2F@evil.example/feed.json',
    'https://evil.example@club.example/feed.json', // the club's host, with a disguise: no use
    'https://user:pass@donnees.partenaire.example/flux.json',
    'http://club.example/feed.json',
    'http://donnees.partenaire.example/flux.json',
    'https://club.example:8443/feed.json',
    'https://clúb.example/feed.json',
    'https://partenaire.example/flux.json',
    'https://x.donnees.partenaire.example/flux.json',
    'https://donnees.partenaire.example.evil.example/flux.json',
    'javascript:alert(1)',
    ' JavaScript:fetch("https://club.example/")',
    'data:application/json,{"version":1}',
    'blob:https://club.example/0b7c8d2e-5f1a-4c1e-9a57-6c1d2b3e4f50',
    'file:///etc/passwd',
    'https://',
  ];
  for (const value of refused) {
    const checked = checkAddress(value, page, sites);
    assert.equal(checked.href, undefined, value);
    assert.ok(checked.reason, value);
  }
  // A page opened from a file has the origin "null", as data: addresses do: still no site.
  assert.equal(checkAddress('data:,{}', 'file:///tmp/embed/index.html', []).href, undefined);
});

test('feeds.json lists sites: https origins alone, anything else left out with the reason', () => {
  const list = readAllowlist({
    sites: [
      'https://a.example',
      'https://B.example/',
      'https://c.example:8443',
      'http://d.example',
      'e.example',
      'https://*.f.example',
      'https://g.example/feed.json',
      'https://g.example/?x',
      'https://u@h.example',
      'javascript:alert(1)',
      42,
      null,
    ],
  });
  assert.deepEqual(list.sites, [
    'https://a.example',
    'https://b.example',
    'https://c.example:8443',
  ]);
  assert.equal(list.ignored.length, 9, list.ignored.join('\n'));
  assert.match(
    list.ignored.join('\n'),
    /"https:\/\/g\.example\/feed\.json" \(.*https:\/\/g\.example\)/,
  );
  // An entry pasted from a web page or a word processor, with a no-break space, a byte order
  // mark or a line separator around it: trimmed like a plain space, never the whole list lost.
  const pasted = readAllowlist({
    sites: [
      '\u00a0https://a.example',
      'https://b.example\u00a0',
      '\ufeffhttps://c.example',
      'https://d.example\u2028',
      'https://e.example',
    ],
  });
  assert.deepEqual(pasted, {
    sites: [
      'https://a.example',
      'https://b.example',
      'https://c.example',
      'https://d.example',
      'https://e.example',
    ],
    ignored: [],
  });
  for (const body of [null, [], {}, { sites: 'https://a.example' }, 'https://a.example']) {
    const bad = readAllowlist(body);
    assert.deepEqual([bad.sites, typeof bad.problem], [[], 'string'], JSON.stringify(body));
  }
  // Every attribute that holds an address is checked by the embed page.
  const manifest = JSON.parse(
    readFileSync(join(root, 'packages/components/custom-elements.json'), 'utf8'),
  );
  for (const m of manifest.modules)
    for (const d of m.declarations ?? [])
      for (const a of d.attributes ?? [])
        if (/\bURL\b|https|address/i.test(a.description ?? ''))
          assert.ok(
            addressAttributes.includes(a.name),
            `<${d.tagName} ${a.name}> holds an address`,
          );
});

test('the embed page refuses a feed or payment page from a site it does not list', async () => {
  const page = await embedPage(); // the repository's feeds.json: no site yet
  const evil = 'https://evil.example/flux.json';
  assert.equal(await refusedMessage(page, q({ component: 'membership', src: evil })), srcRefused);
  const error = page.consoleMessages.find((m) => m.startsWith('error: Inné embed: refused src='));
  assert.ok(error, page.consoleMessages.join('\n'));
  // Which sites are accepted, and how to be added.
  for (const part of [kitUrl, `${kitUrl}/docs/embed/feeds.json`, 'https://evil.example', 'ask'])
    assert.ok(error.includes(part), `${part} in: ${error}`);

  assert.equal(
    await refusedMessage(page, q({ component: 'projects', lang: 'en', src: evil })),
    'This content cannot be shown: its data would come from a site that Club Inné has not approved.',
  );
  // The payment link of a membership call, with or without a feed.
  for (const extra of [{}, { deadline: '2099-12-31' }]) {
    const query = q({ component: 'membership', href: 'https://evil.example/adherer', ...extra });
    assert.equal(
      await refusedMessage(page, query),
      'Ce contenu ne peut pas être affiché : son lien de paiement mène à un site que le Club Inné n’a pas autorisé.',
    );
  }
  // Every `src` of the query counts, not only the first.
  assert.equal(
    await refusedMessage(page, `src=flux.json&src=${encodeURIComponent(evil)}`),
    srcRefused,
  );
  const foreign = page.requests.filter((u) => !u.startsWith(kitUrl));
  assert.deepEqual(foreign, [], 'a refused feed is never downloaded');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the embed page shows a feed of its own site, relative or absolute', async () => {
  const page = await embedPage();
  for (const src of ['flux.json', '/docs/embed/flux.json', `${kitUrl}/docs/embed/flux.json`]) {
    await page.goto(`${kitUrl}/docs/embed/?${q({ src, limit: '2' })}`);
    await page.waitForFunction(titlesShown, { selector: 'inne-projects', titles: partnerTitles });
    // The address checked, absolute, is the one the component reads.
    assert.equal(await page.getAttribute('inne-projects', 'src'), `${kitUrl}/docs/embed/flux.json`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the embed page shows a feed of a site of feeds.json, and refuses its lookalikes', async () => {
  const page = await embedPage({
    about: 'test',
    sites: [listed, 'https://*.partenaire.example', 'http://autre.example'],
  });
  await page.goto(`${kitUrl}/docs/embed/?${q({ src: `${listed}/flux.json`, limit: '2' })}`);
  await page.waitForFunction(titlesShown, { selector: 'inne-projects', titles: partnerTitles });
  const ignored = page.consoleMessages.find((m) => m.includes('ignored 2 entries of'));
  assert.ok(ignored?.includes('no wildcards') && ignored.includes('only https://'), ignored);

  await page.goto(
    `${kitUrl}/docs/embed/?${q({ component: 'membership', href: `${listed}/adherer` })}`,
  );
  await page.waitForSelector('inne-membership-cta');
  assert.equal(await page.getAttribute('inne-membership-cta', 'href'), `${listed}/adherer`);

  for (const src of [
    'https://donnees.partenaire.example.evil.example/flux.json',
    'https://donnees.partenaire.example@evil.example/flux.json',
    'http://donnees.partenaire.example/flux.json',
    'https://donnees.partenaire.example:8443/flux.json',
    'https://www.partenaire.example/flux.json',
    '//evil.example/flux.json',
    'https:\\\\evil.example\\flux.json',
    'javascript:alert(1)',
    'data:application/json,{"version":1,"projects":[]}',
  ]) {
    assert.equal(await refusedMessage(page, q({ src })), srcRefused, src);
  }
  const foreign = page.requests.filter((u) => !u.startsWith(kitUrl) && !u.startsWith(listed));
  assert.deepEqual(foreign, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('when feeds.json cannot be read, only the page’s own site is accepted', async () => {
  for (const allowlist of [404, '{ "sites": [', { sites: listed }]) {
    const page = await embedPage(allowlist);
    assert.equal(await refusedMessage(page, q({ src: `${listed}/flux.json` })), srcRefused);
    const warning = page.consoleMessages.find((m) => m.includes('feeds.json could not be read'));
    assert.ok(warning?.includes(`only addresses on this page's site (${kitUrl})`), warning);
    await page.goto(`${kitUrl}/docs/embed/?${q({ src: 'flux.json', limit: '2' })}`);
    await page.waitForFunction(titlesShown, { selector: 'inne-projects', titles: partnerTitles });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('the configurator warns when the embed page will refuse the iframe’s feed', async () => {
  const page = await embedPage({ sites: [listed] });
  await page.goto(`${kitUrl}/docs/configurator/`);
  await page.waitForSelector('body[data-ready]');
  const warning = page.locator('#iframe-warning');
  assert.equal(await warning.isHidden(), true);
  const field = page.getByLabel('Adresse d’un autre flux');
  await field.fill('https://evil.example/flux.json');
  await field.press('Tab');
  await warning.waitFor();
  const text = await warning.textContent();
  for (const part of [
    'refusera',
    'https://evil.example',
    listed,
    `${kitUrl}/docs/embed/feeds.json`,
  ])
    assert.ok(text.includes(part), `${part} in: ${text}`);
  // Announced too: the field and the snippet are far apart.
  await page.waitForFunction(() =>
    document.getElementById('status').textContent.includes('refusera'),
  );
  // The snippet keeps what was asked; the warning says what the frame will do with it.
  assert.match(await page.textContent('#snippet-iframe code'), /src=https%3A%2F%2Fevil\.example/);

  await field.fill(`${listed}/flux.json`);
  await field.press('Tab');
  await warning.waitFor({ state: 'hidden' });
  await field.fill('');
  await field.press('Tab');
  assert.equal(await warning.isHidden(), true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the configurator leaves out of the iframe snippet what the embed page would not show', async () => {
  const page = await newPage();
  await page.goto(`${kitUrl}/docs/configurator/`);
  await page.waitForSelector('body[data-ready]');
  const note = page.locator('#iframe-withheld');
  await page.getByRole('radio', { name: /inne-maturity-radar/ }).check();
  const field = page.getByLabel('Nom de la série');
  await field.fill('Notre diagnostic 2025');
  const code = async (id) => (await page.locator(`#${id} pre code`).first().textContent()).trim();
  // The script and tag and the shortcode keep it: there, the partner's own site shows it.
  assert.match(await code('snippet-tag'), /<inne-maturity-radar label="Notre diagnostic 2025">/);
  assert.match(await code('snippet-shortcode'), /label="Notre diagnostic 2025"/);
  assert.doesNotMatch(await code('snippet-iframe'), /label|Notre/);
  await note.waitFor();
  // As a visitor reads it: the French no-break spaces as spaces.
  const text = (await note.textContent()).replace(/\s+/g, ' ');
  for (const part of ['l’iframe ne reprend pas « Nom de la série » (label)', 'shortcode WordPress'])
    assert.ok(text.includes(part), `${part} in: ${text}`);
  // Announced too, and tied to the field it is about.
  await page.waitForFunction(() =>
    document.getElementById('status').textContent.includes('ne reprend pas'),
  );
  assert.equal(await field.getAttribute('aria-describedby'), 'iframe-withheld');

  await field.fill('');
  await note.waitFor({ state: 'hidden' });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the configurator keeps the fields filled in when a feed address is typed last', async () => {
  const page = await embedPage({ sites: [listed] });
  await page.goto(`${kitUrl}/docs/configurator/`);
  await page.waitForSelector('body[data-ready]');
  await page.getByRole('checkbox', { name: /Se nourrir/ }).check();
  await page.getByLabel('Nombre par page (vide : tous)').fill('6');
  const src = page.getByLabel('Adresse d’un autre flux');
  await src.fill(`${listed}/flux.json`);
  await src.press('Tab');
  // The fields are built again for that feed's territories and actors: what was chosen stays.
  await page.waitForFunction(() =>
    document.querySelector('#snippet-tag code')?.textContent.includes('flux.json'),
  );
  assert.equal(await page.getByRole('checkbox', { name: /Se nourrir/ }).isChecked(), true);
  assert.equal(await page.getByLabel('Nombre par page (vide : tous)').inputValue(), '6');
  const tag = await page.textContent('#snippet-tag code');
  for (const part of ['sphere="se-nourrir"', 'limit="6"', `src="${listed}/flux.json"`])
    assert.ok(tag.includes(part), `${part} in: ${tag}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the shortcode keeps a territory with quotes and brackets, for WordPress to read back', async () => {
  const page = await embedPage({ sites: [listed] });
  const territory = 'Bocage "Nord" [x] & Co';
  await page.context().route(/\/territoires\.json$/, (route) =>
    route.fulfill({
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({ ...feed, projects: [{ ...feed.projects[0], territory }] }),
    }),
  );
  await page.goto(`${kitUrl}/docs/configurator/`);
  await page.waitForSelector('body[data-ready]');
  const src = page.getByLabel('Adresse d’un autre flux');
  await src.fill(`${listed}/territoires.json`);
  await src.press('Tab');
  await page.getByRole('checkbox', { name: territory }).check();
  await page.waitForFunction(() =>
    document.querySelector('#snippet-shortcode code')?.textContent.includes('territory'),
  );
  const shortcode = await page.textContent('#snippet-shortcode code');
  assert.equal(
    shortcode,
    `[inne_projects territory="Bocage &quot;Nord&quot; &#91;x&#93; &amp; Co" src="${listed}/territoires.json"]`,
  );
  // WordPress's own reading (get_shortcode_atts_regex, get_shortcode_regex): one shortcode, up
  // to its only `]`, whose values decode, once, as HTML, to what was chosen.
  assert.equal(shortcode.indexOf(']'), shortcode.length - 1);
  const atts = [
    ...shortcode.slice(1, -1).matchAll(/([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|(\S+)(?:\s|$)/g),
  ];
  assert.deepEqual(
    atts.map((m) => m[1] ?? m[3]),
    ['inne_projects', 'territory', 'src'],
  );
  const decoded = await page.evaluate(
    (value) =>
      new DOMParser().parseFromString(`<p title="${value}">`, 'text/html').querySelector('p').title,
    atts[1][2],
  );
  assert.equal(decoded, territory);
  // The script and tag write it as any HTML attribute; the preview has it as chosen.
  assert.match(
    await page.textContent('#snippet-tag code'),
    /territory="Bocage &quot;Nord&quot; \[x\] &amp; Co"/,
  );
  assert.equal(await page.getAttribute('#preview inne-projects', 'territory'), territory);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the configurator offers the iframe page’s dark theme and colours, in its preview too', async () => {
  const labels = {
    fr: [
      'Sombre',
      'Fond de la page',
      'Selon les couleurs',
      'Fond des cartes',
      ' : couleur',
      'Couleur du texte',
    ],
    en: [
      'Dark',
      'Page background',
      'From the colours',
      'Card background',
      ': colour',
      'Text colour',
    ],
  };
  const contrastParts = {
    fr: [
      '(#333333)',
      '(#222222)',
      '1,2:1',
      '4,5:1',
      '«\u00a0Couleur du texte\u00a0» (color)',
      '#ece8e1 sur #222222',
    ],
    en: ['(#333333)', '(#222222)', '1.2:1', '4.5:1', '“Text colour” (color)', '#ece8e1 on #222222'],
  };
  for (const [lang, [theme, background, auto, cards, picker, text]] of [
    ['', labels.fr],
    ['?lang=en', labels.en],
  ]) {
    const page = await newPage({ bypassCSP: true }); // axe is injected as an inline script
    await page.goto(`${kitUrl}/docs/configurator/${lang}`);
    await page.waitForSelector('body[data-ready]');
    await page.getByRole('radio', { name: theme, exact: true }).check();
    await page.getByRole('checkbox', { name: background, exact: true }).check();
    await page.getByLabel(`${background}${picker}`).fill('#222222');
    await page.waitForFunction(() =>
      document.querySelector('#snippet-iframe code')?.textContent.includes('background'),
    );
    const iframeSrc = async () =>
      new URL(
        /src="([^"]+)"/
          .exec(await page.textContent('#snippet-iframe code'))[1]
          .replaceAll('&amp;', '&'),
      );
    const src = await iframeSrc();
    assert.equal(src.searchParams.get('theme'), 'dark');
    assert.equal(src.searchParams.get('background'), '#222222');
    assert.equal(src.searchParams.get('color'), null, 'a colour left unticked is left out');
    // The script and the shortcode are for the partner's own page, whose look they take.
    for (const id of ['snippet-tag', 'snippet-shortcode'])
      assert.doesNotMatch(await page.textContent(`#${id}`), /theme|background/);
    // The preview shows the frame's look, and the component reads well on it.
    assert.deepEqual(
      await page.evaluate(() => {
        const style = getComputedStyle(document.getElementById('preview'));
        return [style.colorScheme, style.backgroundColor, style.color];
      }),
      ['dark', 'rgb(34, 34, 34)', 'rgb(236, 232, 225)'],
    );
    await page.waitForFunction(titlesShown, { selector: '#preview inne-projects', titles });
    assert.equal(await violationsOf(page), '');

    // By default the theme follows the colours: dark cards give a dark frame, as on the page.
    await page.getByRole('radio', { name: new RegExp(`^${auto}`) }).check();
    await page.getByRole('checkbox', { name: background, exact: true }).uncheck();
    await page.getByRole('checkbox', { name: cards, exact: true }).check();
    await page.getByLabel(`${cards}${picker}`).fill('#222222');
    await page.waitForFunction(() =>
      document.querySelector('#snippet-iframe code')?.textContent.includes('surface'),
    );
    assert.equal((await iframeSrc()).searchParams.get('theme'), null);
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.getElementById('preview')).colorScheme),
      'dark',
    );

    // Text that would not read on the page's background: said before the snippet is copied.
    const contrast = page.locator('#iframe-contrast');
    assert.equal(await contrast.isVisible(), false);
    await page.getByRole('checkbox', { name: background, exact: true }).check();
    await page.getByLabel(`${background}${picker}`).fill('#222222');
    await page.getByRole('checkbox', { name: text, exact: true }).check();
    await page.getByLabel(`${text}${picker}`).fill('#333333');
    await contrast.waitFor();
    const said = await contrast.textContent();
    for (const part of lang ? contrastParts.en : contrastParts.fr)
      assert.ok(said.includes(part), `${part} in: ${said}`);
    assert.equal(
      await page.getByLabel(`${text}${picker}`).getAttribute('aria-describedby'),
      'iframe-contrast',
    );
    // The preview shows what the embed page will: the theme's text.
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.getElementById('preview')).color),
      'rgb(236, 232, 225)',
    );
    await page.getByLabel(`${text}${picker}`).fill('#eeeeee');
    await contrast.waitFor({ state: 'hidden' });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('the configurator produces the three snippets, copies them and announces it', async () => {
  const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${kitUrl}/docs/configurator/`);
  await page.waitForSelector('body[data-ready]');
  // Choices read in French, with the value the code will hold beside them.
  await page.getByRole('checkbox', { name: 'Se nourrir se-nourrir' }).check();
  await page.getByRole('checkbox', { name: 'Émergence emergence' }).waitFor();
  await page.getByLabel('Nombre par page').fill('2');
  await page.getByLabel('Présentation').selectOption({ label: 'Liste (list)' });
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('checkbox', { name: /^Accent/ }).check();
  await page.locator('#colour-accent').fill('#b00000');

  const code = async (id) => (await page.locator(`#${id} pre code`).first().textContent()).trim();
  const tag = await code('snippet-tag');
  // The version range the webmasters' guide gives: fixes of version 0, never a new major.
  assert.match(
    tag,
    /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/@club-inne\/components@0\/dist\/cdn\/inne\.js"><\/script>/,
  );
  assert.match(tag, /inne-projects \{\n {2}--inne-accent: #b00000;\n\}/);
  assert.match(
    tag,
    /<inne-projects sphere="se-nourrir" limit="2" layout="list" lang="en"><\/inne-projects>$/,
  );
  assert.equal(
    await code('snippet-shortcode'),
    '[inne_projects sphere="se-nourrir" limit="2" layout="list" lang="en"]',
  );
  const iframe = await code('snippet-iframe');
  assert.match(iframe, /<iframe src="[^"]+" title="Club Inné cooperative projects"/);
  assert.match(iframe, /height="600"/);
  assert.match(iframe, /<script src="[^"]+\/embed\/resizer\.js" defer><\/script>$/);

  // The live preview follows the form.
  await page.waitForFunction(titlesShown, {
    selector: '#preview inne-projects',
    titles: foodTitles,
  });
  assert.equal(await page.getAttribute('#preview inne-projects', 'limit'), '2');

  // Keyboard: focus the copy button and press Enter.
  await page.getByRole('button', { name: 'Copier l’iframe' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('copié'));
  assert.equal(await page.getAttribute('#status', 'role'), 'status');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), iframe);
  // Where resizer.js is refused, the frame keeps a fixed height that fits the component.
  await page.getByRole('radio', { name: /inne-maturity-assessment/ }).check();
  await page.waitForFunction(() =>
    document.querySelector('#snippet-iframe code').textContent.includes('maturity-assessment'),
  );
  assert.match(await code('snippet-iframe'), /height="1400"/);
  await page.getByRole('radio', { name: /inne-membership-cta/ }).check();
  await page.waitForFunction(() =>
    document.querySelector('#snippet-iframe code').textContent.includes('membership'),
  );
  assert.match(await code('snippet-iframe'), /height="450"/);
  assert.deepEqual(page.errors, []);
  await page.context().close();

  const checked = await newPage({ bypassCSP: true });
  await checked.goto(`${kitUrl}/docs/configurator/`);
  await checked.waitForSelector('body[data-ready]');
  assert.equal(await violationsOf(checked), '');
  await checked.context().close();

  partnerHtml = [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie de Saint-Exemple</title></head>',
    '<body><h1>Nos projets avec le Club Inné</h1>',
    iframe,
    '<p id="after">Bas de page</p></body></html>',
  ].join('\n');
});

/**
 * Makes the same choices on a configurator page, by their labels in its interface language:
 * another feed, a sphere, a number per page, a layout, an accent colour. Resolves to its three
 * snippets (the shortcode with its CSS), once the iframe's warning about the feed is shown.
 */
async function configure(page, labels) {
  const src = page.getByLabel(labels.src);
  await src.fill('https://evil.example/flux.json');
  await src.press('Tab');
  await page.waitForFunction(() =>
    document.querySelector('#snippet-tag code')?.textContent.includes('evil.example'),
  );
  await page.locator('#iframe-warning').waitFor();
  await page
    .getByRole('group', { name: labels.spheres })
    .getByRole('checkbox', { name: labels.sphere })
    .check();
  await page.getByLabel(labels.limit).fill('2');
  await page.getByLabel(labels.layout).selectOption({ label: labels.list });
  await page.getByRole('checkbox', { name: labels.accent }).check();
  await page.getByLabel(labels.accentColour).fill('#b00000');
  await page.waitForFunction(() =>
    document.querySelector('#snippet-iframe code')?.textContent.includes('b00000'),
  );
  const code = (id) =>
    page.evaluate(
      (box) =>
        [...document.querySelectorAll(`#${box} pre:not([hidden]) code`)]
          .map((c) => c.textContent)
          .join('\n\n'),
      id,
    );
  return {
    tag: await code('snippet-tag'),
    shortcode: await code('snippet-shortcode'),
    iframe: await code('snippet-iframe'),
  };
}

test('the configurator speaks English with ?lang=en, and writes the same code', async () => {
  const page = await embedPage({ sites: [listed] });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${kitUrl}/docs/configurator/?lang=en`);
  await page.waitForSelector('body[data-ready]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.title(), 'Snippet configurator – Inné kit');
  await page.getByRole('heading', { level: 1, name: 'Snippet configurator' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Code to copy' }).waitFor();
  // The components by their English names; the vocabulary's English words, with their values.
  const component = page.getByRole('group', { name: 'Component' });
  assert.equal(
    await component.getByRole('radio', { name: 'Club Inné cooperative projects' }).isChecked(),
    true,
  );
  const english = await configure(page, {
    src: 'Address of another feed (optional)',
    spheres: 'Spheres (major functions of life)',
    sphere: 'Food se-nourrir',
    limit: 'Number per page (empty: all)',
    layout: 'Layout',
    list: 'List (list)',
    accent: 'Accent (buttons, links, focus)',
    accentColour: 'Accent (buttons, links, focus): colour',
  });
  const warning = await page.textContent('#iframe-warning');
  for (const part of ['Warning: the iframe will refuse this feed', 'https://evil.example', listed])
    assert.ok(warning.includes(part), `${part} in: ${warning}`);
  await page.getByRole('button', { name: 'Copy the iframe' }).click();
  await page.waitForFunction(
    () =>
      document.getElementById('status').textContent === '“iframe” code copied to the clipboard.',
  );
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), english.iframe);

  // The switch goes back to French, said in French (RGAA 8.7), on the same page.
  const french = page.getByRole('link', { name: 'Français' });
  assert.equal(await french.getAttribute('lang'), 'fr');
  assert.equal(await french.getAttribute('hreflang'), 'fr');
  await french.click();
  await page.waitForURL(/\/docs\/configurator\/\?lang=fr$/);
  await page.waitForSelector('body[data-ready]');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  const english2 = page.getByRole('link', { name: 'English' });
  assert.equal(await english2.getAttribute('hreflang'), 'en');
  await page.getByRole('heading', { level: 1, name: 'Configurateur d’intégration' }).waitFor();
  // Same choices in French: the same code, word for word.
  const fr = await configure(page, {
    src: 'Adresse d’un autre flux (facultatif)',
    spheres: 'Sphères (grandes fonctionnalités de la vie)',
    sphere: 'Se nourrir se-nourrir',
    limit: 'Nombre par page (vide : tous)',
    layout: 'Présentation',
    list: 'Liste (list)',
    accent: 'Accent (boutons, liens, focus)',
    accentColour: 'Accent (boutons, liens, focus) : couleur',
  });
  assert.deepEqual(english, fr);
  assert.match(english.tag, /<inne-projects sphere="se-nourrir" limit="2" layout="list" src=/);
  assert.ok((await page.textContent('#iframe-warning')).includes('refusera'));
  assert.deepEqual(page.errors, []);
  await page.context().close();

  // What the iframe leaves out is said in English too; and the English page passes axe.
  const checked = await newPage({ bypassCSP: true });
  await checked.goto(`${kitUrl}/docs/configurator/?lang=en`);
  await checked.waitForSelector('body[data-ready]');
  await checked.getByRole('radio', { name: /inne-maturity-radar/ }).check();
  await checked.getByLabel('Series name').fill('Our 2025 assessment');
  await checked.locator('#iframe-withheld').waitFor();
  assert.match(
    await checked.textContent('#iframe-withheld'),
    /^Warning: the iframe leaves out “Series name” \(label\)\./,
  );
  assert.equal(await violationsOf(checked), '');
  await checked.context().close();
});

test('the configurator’s two tables of texts have the same keys, and French is the page’s', async () => {
  const { texts } = await import('../docs/configurator/texts.js');
  const shape = (value) =>
    typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
      : typeof value;
  assert.deepEqual(shape(texts.en), shape(texts.fr));
  // The page says in French, before its script runs, what the French table says.
  const html = readFileSync(join(root, 'docs/configurator/index.html'), 'utf8');
  const keys = [...html.matchAll(/data-text="([^"]+)"[^>]*>([^<]*)</g)];
  assert.ok(keys.length > 20, 'the page marks its text with data-text');
  // The page writes its no-break spaces as entities (&nbsp; before « : », &#8239; before « ; »).
  const shown = (text) =>
    text
      .replace(/[ \t\r\n]+/g, ' ')
      .replace(/&nbsp;/g, '\u00a0')
      .replace(/&#8239;/g, '\u202f')
      .trim();
  for (const [, key, text] of keys) assert.equal(shown(text), texts.fr.page[key], key);
});

test('the configurator reads an embed page address typed without its last slash as the folder', async () => {
  const page = await newPage();
  await page.goto(`${kitUrl}/docs/configurator/`);
  await page.waitForSelector('body[data-ready]');
  const iframe = () => page.locator('#snippet-iframe pre code').first().textContent();
  for (const [typed, folder] of [
    ['https://club.example/embed', 'https://club.example/embed/'],
    ['https://club.example/embed/', 'https://club.example/embed/'],
    ['https://club.example/embed/index.html', 'https://club.example/embed/'],
  ]) {
    const field = page.getByLabel('Adresse de la page d’intégration (iframe)');
    await field.fill(typed);
    await field.press('Tab'); // an address counts once typed, not at each key
    await page.waitForFunction(
      (t) => document.querySelector('#snippet-iframe code').textContent.includes(t),
      typed.replace(/\/?$/, ''),
    );
    const snippet = (await iframe()).trim();
    assert.ok(snippet.includes(`<script src="${folder}resizer.js" defer>`), `${typed}\n${snippet}`);
    const src = snippet.match(/<iframe src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    assert.ok(new URL(src).pathname.startsWith(new URL(folder).pathname), `${typed}: ${src}`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the iframe snippet pasted into a plain page of another origin fits its content', async () => {
  assert.ok(partnerHtml, 'the configurator test wrote the partner page');
  const page = await newPage();
  const messages = [];
  await page.exposeFunction('recordMessage', (m) => messages.push(m));
  await page.addInitScript(() =>
    window.addEventListener('message', (e) => window.recordMessage(e.data)),
  );
  await page.goto(partnerUrl);
  const frameEl = page.locator('iframe');
  assert.equal(await frameEl.getAttribute('title'), 'Club Inné cooperative projects');
  const frame = page.frameLocator('iframe');
  await frame.locator('inne-projects').waitFor();

  const inFrame = await (
    await page.frames()[1].waitForFunction(titlesShown, {
      selector: 'inne-projects',
      titles: foodTitles,
    })
  ).jsonValue();
  assert.ok(inFrame.length >= 1);

  // The embed page posts its height; the resizer sets it (within a pixel or two).
  await page.waitForFunction(
    () => document.querySelector('iframe').getAttribute('height') !== '600',
  );
  const message = messages.find((m) => m?.type === 'inne-embed-height');
  assert.ok(message, JSON.stringify(messages));
  assert.equal(message.id, 'inne-projects');
  const fit = async () => {
    const frameHeight = (await frameEl.boundingBox()).height;
    const content = await page.frames()[1].evaluate(() => document.documentElement.scrollHeight);
    return Math.abs(frameHeight - content) <= 4;
  };
  assert.ok(await fit(), 'the iframe is as tall as its content');

  // "Show more" changes the content's height (one more card, no more button): the iframe follows.
  const before = (await frameEl.boundingBox()).height;
  await frame.getByRole('button', { name: /Show more|Voir plus/ }).click();
  await page.waitForFunction(
    (h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) > 20,
    before,
  );
  assert.ok(await fit(), 'still as tall as its content');

  // A message that does not come from the iframe's window is ignored.
  const height = await frameEl.getAttribute('height');
  await page.evaluate(() =>
    window.postMessage({ type: 'inne-embed-height', height: 5000, id: 'inne-projects' }, '*'),
  );
  await page.waitForTimeout(200);
  assert.equal(await frameEl.getAttribute('height'), height);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('resizer.js sizes Inné frames only: another frame of the page cannot grow itself', async () => {
  assert.ok(partnerHtml, 'the configurator test wrote the partner page');
  const page = await newPage();
  await page.goto(partnerUrl);
  // Beside the Inné frame, a frame of the partner's own origin that posts the same message.
  await page.evaluate(() => {
    const widget = document.createElement('iframe');
    widget.id = 'widget';
    widget.src = '/widget.html';
    widget.setAttribute('height', '150');
    document.body.append(widget);
  });
  await page.waitForFunction(
    () => document.querySelector('iframe').getAttribute('height') !== '600',
  );
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#widget').getAttribute('height'), '150');
  assert.equal(await page.evaluate(() => document.querySelector('#widget').style.height), '');
  await page.context().close();
});
