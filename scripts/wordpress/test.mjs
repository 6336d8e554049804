// The WordPress plugin tried for real, as a new user would: Debian's WordPress on MariaDB and
// PHP's built-in server, a multisite network, the plugin zip uploaded and activated
// network-wide, a page written by an Editor of a sub-site (no unfiltered_html) through the REST
// API, then the public page opened in Chromium. Run by scripts/test-wordpress.sh, which
// installs the Debian packages first. Everything lives in .cache/wordpress-test/ and every
// process started here is stopped at the end, failure or not.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { shortcode } from '../../docs/configurator/shortcode.js';
import { launchChromium } from '../lib/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const work = join(root, '.cache/wordpress-test');
const wpRoot = join(work, 'wordpress');
const socket = join(work, 'mysql.sock');
const zipPath = join(root, 'dist/inne-kit-wordpress.zip');
const cdn = process.env.INNE_CDN_DIR ?? join(root, 'packages/components/dist/cdn');
const feed = JSON.parse(readFileSync(join(cdn, 'club-inne.feed.json'), 'utf8'));
const children = [];
// Set by scripts/test-wordpress.sh for its run on WordPress 6.5 (wp_enqueue_script_module).
const scriptModules = process.env.INNE_WP_SCRIPT_MODULES === '1';
// One password for the network's super admin (`admin`) and the sub-site's Editor (`redaction`).
const password = randomBytes(12).toString('hex');

function stopAll() {
  for (const child of children.splice(0)) {
    try {
      process.kill(-child.pid, 'SIGTERM'); // its whole process group (php -S has workers)
    } catch {
      /* already gone */
    }
    rmSync(child.pidFile, { force: true });
  }
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

/** Starts a server in its own process group, its output in .cache/wordpress-test/NAME.log. */
function startProcess(name, cmd, args, options = {}) {
  const log = join(work, `${name}.log`);
  const fd = openSync(log, 'w');
  const child = spawn(cmd, args, { stdio: ['ignore', fd, fd], detached: true, ...options });
  closeSync(fd);
  child.logText = () => readFileSync(log, 'utf8');
  children.push(child);
  // For scripts/test-wordpress.sh, should this process die without stopping its servers.
  child.pidFile = join(work, `${name}.pid`);
  writeFileSync(child.pidFile, String(child.pid));
  return child;
}

async function waitFor(what, check, ms = 90000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a step of setup.php and returns the JSON it printed last. */
function setup(step, env = {}) {
  let out;
  try {
    // coreutils' timeout: a step never outlives this test by long, even if it is killed.
    out = execFileSync('timeout', ['300', 'php', join(here, 'setup.php'), step], {
      env: {
        ...process.env,
        INNE_WP_ROOT: wpRoot,
        INNE_WP_HOST: host,
        INNE_WP_PASSWORD: password,
        ...env,
      },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new Error(`setup.php ${step} failed:\n${error.stdout}\n${error.stderr}`);
  }
  return JSON.parse(out.trim().split('\n').pop());
}

function wpConfig({ multisite }) {
  const salt = () => randomBytes(32).toString('hex');
  const keys = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((k) => [
    `define('${k}_KEY', '${salt()}');`,
    `define('${k}_SALT', '${salt()}');`,
  ]);
  const network = multisite
    ? [
        "define('MULTISITE', true);",
        "define('SUBDOMAIN_INSTALL', false);",
        `define('DOMAIN_CURRENT_SITE', '${host}');`,
        "define('PATH_CURRENT_SITE', '/');",
        "define('SITE_ID_CURRENT_SITE', 1);",
        "define('BLOG_ID_CURRENT_SITE', 1);",
      ]
    : [];
  return [
    '<?php',
    "define('DB_NAME', 'wordpress');",
    "define('DB_USER', 'wordpress');",
    `define('DB_PASSWORD', '${dbPassword}');`,
    `define('DB_HOST', 'localhost:${socket}');`,
    "define('DB_CHARSET', 'utf8mb4');",
    "define('DB_COLLATE', '');",
    ...keys,
    "$table_prefix = 'wp_';",
    "define('WP_DEBUG', true);",
    `define('WP_DEBUG_LOG', '${join(work, 'debug.log')}');`,
    "define('WP_DEBUG_DISPLAY', false);",
    "define('WP_ENVIRONMENT_TYPE', 'local');",
    "define('FS_METHOD', 'direct');",
    "define('DISABLE_WP_CRON', true);",
    "define('AUTOMATIC_UPDATER_DISABLED', true);",
    // The machine has no network: WordPress must not wait on wordpress.org.
    "define('WP_HTTP_BLOCK_EXTERNAL', true);",
    "define('WP_ALLOW_MULTISITE', true);",
    ...network,
    "if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');",
    "require_once ABSPATH . 'wp-settings.php';",
    '',
  ].join('\n');
}

let host;
let dbPassword;
let site;
let page;
let browser;
let publicHtml;
let checks;

// Territories with quotes, brackets, a backslash and text that reads like a character
// reference, as the configurator writes them in a shortcode: the element gets them as they are.
const quotedTerritory = 'Bocage "Nord" [x], Labo R&amp;D \\ Caen';
const quotedShortcode = (attrs) =>
  shortcode('inne_projects', [['territory', quotedTerritory], ...attrs]);

/**
 * In the page: for each element matching `selector`, the given titles that a visitor reads in
 * it (its text and every shadow root below it). False until each element shows one.
 */
function titlesShown({ selector, titles, count }) {
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
  const lists = [...document.querySelectorAll(selector)].map((el) => {
    const text = textOf(el);
    return titles.filter((t) => text.includes(t));
  });
  return lists.length === count && lists.every((l) => l.length > 0) ? lists : false;
}

const projectTitles = feed.projects.map((p) => p.title);
const foodTitles = feed.projects
  .filter((p) => p.spheres?.includes('se-nourrir'))
  .map((p) => p.title);

let phaseStart = Date.now();
/** Says how long each step of the setup took. */
function phase(name) {
  const now = Date.now();
  console.log(`  ${name}: ${((now - phaseStart) / 1000).toFixed(1)} s`);
  phaseStart = now;
}

before(async () => {
  rmSync(work, { recursive: true, force: true, maxRetries: 5 });
  mkdirSync(work, { recursive: true });
  assert.ok(existsSync(zipPath), `${zipPath} missing: run node scripts/wordpress-zip.mjs`);

  // A private copy of WordPress (Debian's, or INNE_WP_SOURCE) with our own wp-config.php
  // (Debian's reads /etc).
  execFileSync('cp', ['-a', process.env.INNE_WP_SOURCE ?? '/usr/share/wordpress', wpRoot]);
  rmSync(join(wpRoot, '.htaccess'), { force: true });
  phase('copy of WordPress');

  // MariaDB on a socket of our own, data in .cache: nothing of the system's is touched.
  const data = join(work, 'mysql');
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      '--user=root',
      `--datadir=${data}`,
      '--auth-root-authentication-method=socket',
      '--skip-test-db',
    ],
    { stdio: 'ignore' },
  );
  const db = startProcess('mariadb', 'mariadbd', [
    '--no-defaults',
    '--user=root',
    `--datadir=${data}`,
    `--socket=${socket}`,
    `--pid-file=${join(work, 'mariadbd.pid')}`,
    '--skip-networking',
    '--innodb-buffer-pool-size=64M',
    '--skip-log-bin',
    ...(process.env.INNE_WP_SQL_LOG
      ? ['--general-log', `--general-log-file=${join(work, 'sql.log')}`]
      : []),
  ]);
  await waitFor('MariaDB', () => {
    if (db.exitCode !== null) throw new Error(`mariadbd exited:\n${db.logText()}`);
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'SELECT 1'], {
      stdio: 'ignore',
    });
    return true;
  }).catch((e) => {
    throw new Error(`${e.message}\n${db.logText()}`);
  });
  phase('MariaDB started');
  dbPassword = randomBytes(12).toString('hex');
  execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot'], {
    input: `CREATE DATABASE wordpress CHARACTER SET utf8mb4;
      CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${dbPassword}';
      GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`,
  });

  const port = await freePort();
  host = `127.0.0.1:${port}`;
  writeFileSync(join(wpRoot, 'wp-config.php'), wpConfig({ multisite: false }));
  setup('install');
  phase('WordPress installed, network tables');
  writeFileSync(join(wpRoot, 'wp-config.php'), wpConfig({ multisite: true }));

  const server = startProcess(
    'php-server',
    'php',
    ['-d', 'opcache.enable_cli=1', '-S', host, '-t', wpRoot, join(here, 'router.php')],
    { env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } },
  );
  await waitFor('php -S', async () => {
    if (server.exitCode !== null) throw new Error(`php -S exited:\n${server.logText()}`);
    return (await fetch(`http://${host}/wp-login.php`)).status === 200;
  });

  phase('php -S started');
  site = setup('network', { INNE_WP_ZIP: zipPath });
  phase('plugin uploaded and network-activated, sub-site and Editor created');

  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  stopAll();
});

const api = (path, init = {}) =>
  fetch(`${site.siteUrl.replace(/\/$/, '')}/?rest_route=${path}`, {
    ...init,
    headers: {
      authorization: `Basic ${Buffer.from(`${site.user}:${site.appPassword}`).toString('base64')}`,
      'content-type': 'application/json',
      ...init.headers,
    },
  });

test('a multisite network with the plugin active network-wide and an Editor without unfiltered_html', () => {
  assert.ok(site.networkActive, 'plugin active for the network');
  assert.equal(site.siteUrl, `http://${host}/commune`);
  assert.equal(site.mainUrl, `http://${host}`);
  assert.deepEqual(site.roles, ['editor']);
  assert.equal(site.unfilteredHtml, false, 'an Editor of a sub-site cannot post raw HTML');
  console.log(
    `  WordPress ${site.wordpressVersion}, script modules API: ${site.scriptModules ? 'yes' : 'no (type=module filter)'}`,
  );
  // Each run tries the path it was started for (scripts/test-wordpress.sh runs both).
  assert.equal(site.scriptModules, scriptModules, 'the WordPress of this run');
});

test('every attribute the plugin prints is an attribute of its component', (t) => {
  const manifestPath = join(root, 'packages/components/custom-elements.json');
  if (!existsSync(manifestPath)) return t.skip('no custom-elements.json (components not built)');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const attributesOf = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (decl.tagName)
        attributesOf.set(decl.tagName, new Set((decl.attributes ?? []).map((a) => a.name)));
    }
  }
  for (const component of Object.values(site.components)) {
    const known = attributesOf.get(component.tag);
    if (!known) continue; // Not built yet.
    const unknown = Object.keys(component.attributes).filter((a) => !known.has(a));
    assert.deepEqual(unknown, [], `${component.tag}: not attributes of the component`);
  }
});

test('an Editor publishes a page: raw scripts and tags are stripped, shortcodes and block kept', async () => {
  const content = [
    '<!-- wp:paragraph --><p>Les projets du réseau :</p><!-- /wp:paragraph -->',
    '<!-- wp:shortcode -->[inne_projects sphere="se-nourrir" limit="6"]<!-- /wp:shortcode -->',
    '<!-- wp:html --><script>window.__inneInjected = true;</script><inne-projects id="raw-tag"></inne-projects><iframe src="https://example.test/" title="x"></iframe><!-- /wp:html -->',
    '<!-- wp:shortcode -->[inne_projects]<!-- /wp:shortcode -->',
    '<!-- wp:inne-kit/component {"component":"events","attrs":{"when":"all","limit":"3"}} /-->',
    '<!-- wp:shortcode -->[inne_membership]<!-- /wp:shortcode -->',
  ].join('\n\n');
  const created = await api('/wp/v2/pages', {
    method: 'POST',
    body: JSON.stringify({ title: 'Nos projets coopératifs', status: 'publish', content }),
  });
  const body = await created.json();
  assert.equal(created.status, 201, JSON.stringify(body));
  page = body;

  const stored = await (await api(`/wp/v2/pages/${page.id}&context=edit`)).json();
  const raw = stored.content.raw;
  assert.doesNotMatch(raw, /<script/i, 'kses stripped the <script>');
  assert.doesNotMatch(raw, /<inne-projects/i, 'kses stripped the raw custom element');
  assert.doesNotMatch(raw, /<iframe/i, 'kses stripped the iframe');
  assert.match(raw, /\[inne_projects sphere="se-nourrir" limit="6"\]/);
  assert.match(raw, /<!-- wp:inne-kit\/component/);
});

test('the public page carries the module script, the tags, JSON-LD and a noscript fallback', async () => {
  const response = await fetch(page.link);
  assert.equal(response.status, 200);
  publicHtml = await response.text();
  // WordPress 6.5+ prints it as a script module (`<id>-js-module`), older ones through the
  // plugin's `script_loader_tag` filter (`<handle>-js`): a module either way, printed once.
  const scripts = [...publicHtml.matchAll(/<script[^>]*\/inne-kit\/assets\/inne\.js[^>]*>/g)].map(
    (m) => m[0],
  );
  assert.equal(scripts.length, 1, scripts.join('\n'));
  assert.match(scripts[0], /type="module"/);
  assert.match(scripts[0], scriptModules ? /id="inne-kit-js-module"/ : /id="inne-kit-js"/);
  assert.match(
    publicHtml,
    /<inne-projects sphere="se-nourrir" limit="6" no-jsonld><\/inne-projects>/,
  );
  assert.match(publicHtml, /<inne-events when="all" limit="3"[^>]*><\/inne-events>/);
  assert.match(publicHtml, /<inne-membership-cta[^>]*><\/inne-membership-cta>/);
  assert.doesNotMatch(publicHtml, /id="raw-tag"/);

  const ld = [...publicHtml.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]),
  );
  const projects = ld.flatMap((d) => d['@graph']).filter((n) => n['@type'] === 'Project');
  assert.ok(projects.length > 0, 'JSON-LD describes the projects');
  for (const p of projects) assert.ok(projectTitles.includes(p.name), p.name);
  const food = ld[0]['@graph'].map((n) => n.name);
  assert.deepEqual(food, foodTitles.slice(0, 6), 'JSON-LD of the filtered shortcode');
  // Sphere and phase words from the vocabulary.json the zip ships, in the sub-site's French.
  const keywords = ld[0]['@graph'].flatMap((n) => (n.keywords ?? '').split(', '));
  assert.ok(keywords.includes('Se nourrir'), `keywords: ${keywords.join(', ')}`);

  const noscript = /<noscript><div class="inne-kit-noscript">(.*?)<\/div><\/noscript>/s.exec(
    publicHtml,
  );
  assert.ok(noscript, 'noscript fallback');
  assert.match(
    noscript[1],
    /Activez JavaScript|En savoir plus/,
    'in French, from the sub-site language',
  );
});

test('in Chromium, the components show the default feed', async (t) => {
  const context = await browser.newContext();
  context.setDefaultTimeout(60000); // a busy machine is slow, not broken
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(page.link, { waitUntil: 'load' });
  const shown = await tab.waitForFunction(
    titlesShown,
    { selector: 'inne-projects', titles: projectTitles, count: 2 },
    { timeout: 20000 },
  );
  const seen = await shown.jsonValue();
  const [filtered, all] = seen;
  assert.ok(filtered.length >= 1 && filtered.length <= 6, `filtered: ${filtered.join(' | ')}`);
  for (const t of filtered) assert.ok(foodTitles.includes(t), `${t} is about se-nourrir`);
  assert.ok(all.length >= Math.min(6, projectTitles.length), `all: ${all.join(' | ')}`);

  // The block (events) and the membership shortcode render the default feed too.
  for (const [selector, titles] of [
    ['inne-events', feed.events.map((e) => e.title)],
    // Closed, the call names its year ("Adhésions 2025") rather than the campaign's title.
    ['inne-membership-cta', feed.membership.flatMap((c) => [c.title, `${c.year}`])],
  ]) {
    if (!(await tab.evaluate((s) => !!customElements.get(s), selector))) {
      t.diagnostic(`${selector} is not in the bundle yet: not checked`);
      continue;
    }
    await tab
      .waitForFunction(titlesShown, { selector, titles, count: 1 }, { timeout: 10000 })
      .catch(async () => {
        const html = await tab.evaluate(
          (s) => document.querySelector(s)?.shadowRoot?.innerHTML.slice(0, 800),
          selector,
        );
        assert.fail(`${selector} shows none of ${titles.join(' | ')}:\n${html}`);
      });
  }

  assert.equal(
    await tab.evaluate(() => window.__inneInjected),
    undefined,
    'no injected script ran',
  );
  assert.equal(await tab.locator('#raw-tag').count(), 0);
  await tab.screenshot({ path: join(work, 'page.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile shortcode attributes are dropped or escaped; settings are validated', () => {
  checks = setup('checks', {
    INNE_WP_BLOG: String(site.blogId),
    INNE_WP_SHORTCODE: quotedShortcode([['src', 'https://example.test/feed.json']]),
  });
  const tag = /<inne-projects[^>]*>/.exec(checks.hostile)[0];
  assert.equal(tag, '<inne-projects territory="Caen&quot;&gt;" limit="6" filters>');
  assert.doesNotMatch(checks.hostile, /<script>alert/);
  assert.match(checks.hostile, /ignored attributes[^>]*: sphere, onclick, style -->/);
  assert.equal(checks.settings.feed_url, '', 'an http: feed URL is refused');
  assert.equal(checks.settings.lang, '', 'an unknown language is refused');
  assert.equal(checks.settings.page_url, 'https://www.example.test/club');
  assert.equal(checks.settingsErrors, 1);
  // WordPress prints a settings error as HTML: the address typed must come back as text.
  assert.doesNotMatch(checks.settingsError, /<img/);
  assert.match(checks.settingsError, /&lt;img src=x/);
  assert.match(checks.withPage, /<inne-events when="all" limit="2" lang="en"/);
  assert.match(checks.withPage, /<a href="https:\/\/www\.example\.test\/club">/);

  // A partner feed from the cache: its JSON-LD, where no text of the feed can end the script.
  const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(checks.cached);
  assert.ok(ld, checks.cached);
  assert.doesNotMatch(checks.cached, /<script>alert/);
  const doc = JSON.parse(ld[1]);
  assert.equal(doc['@graph'][0].name, 'Jardin partagé </script><script>alert(1)</script>');
  assert.equal(doc['@graph'][0]['@id'], 'https://www.example.test/#project-jardin-partage');
  // A feed that cannot be fetched: the element still (its own error state), no JSON-LD, and a
  // short "failed" mark so that the next pages do not wait on it again.
  assert.match(
    checks.unreachable,
    /<inne-projects src="https:\/\/unreachable\.example\.test\/feed\.json"><\/inne-projects>/,
  );
  assert.doesNotMatch(checks.unreachable, /ld\+json/);
  assert.equal(checks.failure, 'failed');
  // A hostile feed whose dates and time zone PHP cannot read (a NUL byte in `timeZone`, a
  // `deadline` that is not a date) must not take the page down with a fatal error.
  const [events, membership] = checks.broken;
  assert.doesNotMatch(events, /THROWN/, events);
  assert.match(events, /<inne-events when="all" src="https:\/\/broken\.example\.test\/feed\.json"/);
  assert.doesNotMatch(membership, /THROWN/, membership);
  assert.match(
    membership,
    /<inne-membership-cta src="https:\/\/broken\.example\.test\/feed\.json"/,
  );
});

/** The `territory` of the first `<inne-projects>` of `html` (a page or a part), as Chromium reads it. */
async function territoryIn(html) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.setContent(html);
  const value = await tab.getAttribute('inne-projects', 'territory');
  await context.close();
  return value;
}

test('a territory with quotes and brackets, written by the configurator, reaches the element as it is', async () => {
  // The shortcode's values read once: on the element, and for the JSON-LD and the fallback.
  assert.equal(await territoryIn(checks.quoted), quotedTerritory);
  const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(checks.quoted);
  assert.ok(ld, checks.quoted);
  const graph = JSON.parse(ld[1])['@graph'];
  const names = graph.filter((n) => n['@type'] === 'Project').map((n) => n.name);
  assert.deepEqual(names, ['Verger du bocage']);
  assert.match(checks.quoted, /<noscript>.*Verger du bocage.*<\/noscript>/s);
  assert.doesNotMatch(checks.quoted, /Jardin partagé/);

  // Through an Editor's page: WordPress's content filters (kses, texturize) keep it too.
  const text = quotedShortcode([]);
  const created = await api('/wp/v2/pages', {
    method: 'POST',
    body: JSON.stringify({
      title: 'Bocage',
      status: 'publish',
      content: `<!-- wp:shortcode -->${text}<!-- /wp:shortcode -->`,
    }),
  });
  const body = await created.json();
  assert.equal(created.status, 201, JSON.stringify(body));
  const stored = await (await api(`/wp/v2/pages/${body.id}&context=edit`)).json();
  // kses writes `&#91;` as `&#091;`: still one shortcode, whose value holds no raw `"`.
  assert.match(stored.content.raw, /\[inne_projects territory="[^"[\]]+"\]/);
  const html = await (await fetch(body.link)).text();
  assert.equal(await territoryIn(html), quotedTerritory);
});

/** A browser tab logged in to the sub-site's admin as `user`. */
async function loggedIn(user) {
  const context = await browser.newContext();
  context.setDefaultTimeout(60000); // a busy machine is slow, not broken
  const tab = await context.newPage();
  tab.errors = [];
  tab.on('pageerror', (e) => tab.errors.push(e.message));
  await tab.goto(`${site.siteUrl}/wp-login.php`);
  await tab.fill('#user_login', user);
  await tab.fill('#user_pass', password);
  await Promise.all([tab.waitForNavigation({ timeout: 60000 }), tab.click('#wp-submit')]);
  assert.match(tab.url(), /wp-admin/, `${user} is logged in`);
  return tab;
}

test('the Editor inserts the Inné kit block: the editor previews the projects', async () => {
  const tab = await loggedIn('redaction');
  await tab.goto(`${site.siteUrl}/wp-admin/post-new.php?post_type=page`, { timeout: 90000 });
  await tab.waitForFunction(() => window.wp?.blocks?.getBlockType('inne-kit/component'), null, {
    timeout: 90000,
  });
  await tab.evaluate(() =>
    window.wp.data.dispatch('core/block-editor').insertBlocks(
      window.wp.blocks.createBlock('inne-kit/component', {
        component: 'projects',
        attrs: { sphere: 'se-nourrir', limit: '2' },
      }),
    ),
  );
  // The preview is the server's rendering (render callback), run by the module in the editor.
  const frame = tab.frame({ name: 'editor-canvas' }) ?? tab.mainFrame();
  const shown = await (
    await frame.waitForFunction(
      titlesShown,
      { selector: '.wp-block-inne-kit-component inne-projects', titles: foodTitles, count: 1 },
      { timeout: 60000 },
    )
  ).jsonValue();
  assert.ok(shown[0].length >= 1 && shown[0].length <= 2, shown[0].join(' | '));
  // The block's settings read in the Editor's French, choices in words, values as typed. The
  // editor's welcome guide, a modal, goes first.
  const guide = tab.getByRole('dialog', { name: /welcome|bienvenue/i });
  if (await guide.isVisible()) await guide.getByRole('button', { name: /close|fermer/i }).click();
  const food = tab.getByRole('checkbox', { name: 'Se nourrir', exact: true });
  await food.waitFor({ timeout: 60000 });
  assert.equal(await food.isChecked(), true);
  assert.equal(
    await tab.getByRole('checkbox', { name: 'Émergence', exact: true }).isChecked(),
    false,
  );
  assert.ok(await tab.getByText('Grandes fonctionnalités de la vie').isVisible());
  await tab.getByLabel('Tri').selectOption({ label: 'Plus récents d’abord' });
  await tab.getByRole('checkbox', { name: 'Habiter', exact: true }).check();
  const attrs = await tab.evaluate(
    () => window.wp.data.select('core/block-editor').getSelectedBlock().attributes.attrs,
  );
  assert.deepEqual(attrs, { sphere: 'se-nourrir habiter', limit: '2', sort: 'recent' });

  // A value typed in the block is the element's as typed, even text that reads like a character
  // reference: kses stores an Editor's `R&D` as `R&amp;D`, so the block stores its text as
  // HTML text (`&` as `&amp;`) and the plugin reads it once, as it reads a shortcode's.
  const territories = tab.getByLabel('Territoires (noms séparés par des virgules)');
  const typed = 'Labo R&amp;D & Cie, Pays d’Auge';
  await territories.fill(typed);
  const block = () =>
    tab.evaluate(() => {
      const { serialize } = window.wp.blocks;
      const selected = window.wp.data.select('core/block-editor').getSelectedBlock();
      return { content: serialize(selected), attrs: selected.attributes.attrs };
    });
  const { content } = await block();
  const created = await api('/wp/v2/pages', {
    method: 'POST',
    body: JSON.stringify({ title: 'Labo', status: 'publish', content }),
  });
  const page = await created.json();
  assert.equal(created.status, 201, JSON.stringify(page));
  assert.equal(await territoryIn(await (await fetch(page.link)).text()), typed);
  // Opened again as saved (through kses): the field shows what was typed.
  const saved = (await (await api(`/wp/v2/pages/${page.id}&context=edit`)).json()).content.raw;
  await tab.evaluate((raw) => {
    const { dispatch } = window.wp.data;
    dispatch('core/block-editor').insertBlocks(window.wp.blocks.parse(raw));
  }, saved);
  await tab.waitForFunction(
    (raw) =>
      window.wp.data.select('core/block-editor').getSelectedBlock()?.attributes.attrs?.territory ===
      window.wp.blocks.parse(raw)[0].attributes.attrs.territory,
    saved,
  );
  assert.equal(await territories.inputValue(), typed);
  assert.deepEqual(
    tab.errors.filter((e) => /inne/i.test(e)),
    [],
  );
  await tab.context().close();
});

test('Settings → Inné kit: an administrator saves, an http address is refused, an Editor is kept out', async () => {
  const settingsUrl = `${site.siteUrl}/wp-admin/options-general.php?page=inne-kit`;
  const admin = await loggedIn('admin');
  await admin.goto(settingsUrl);
  assert.equal(await admin.textContent('h1'), 'Inné kit');
  const submit = () =>
    Promise.all([
      admin.waitForNavigation(),
      // Past the browser's own check of the https pattern, to reach the server's.
      admin.evaluate(() => {
        const form = document.querySelector('form[action="options.php"]');
        form.noValidate = true;
        form.requestSubmit();
      }),
    ]);
  await admin.fill('#inne_kit_feed_url', 'http://insecure.example.test/feed.json');
  await submit();
  assert.match(await admin.textContent('.notice, .error, .updated'), /n’est pas une adresse https/);
  assert.equal(await admin.inputValue('#inne_kit_feed_url'), '');

  await admin.fill('#inne_kit_feed_url', 'https://www.example.test/feed.json');
  await admin.fill('#inne_kit_page_url', 'https://www.example.test/club-inne');
  await admin.selectOption('#inne_kit_lang', 'en');
  await submit();
  assert.equal(await admin.inputValue('#inne_kit_feed_url'), 'https://www.example.test/feed.json');
  assert.equal(await admin.inputValue('#inne_kit_lang'), 'en');
  // The labels are the plugin's French strings (the sub-site is in French).
  assert.match(await admin.textContent('label[for="inne_kit_feed_url"]'), /Adresse du flux/);
  await admin.context().close();

  const editor = await loggedIn('redaction');
  const response = await editor.goto(settingsUrl);
  assert.equal(response.status(), 403);
  assert.doesNotMatch(await editor.content(), /inne_kit_feed_url/);
  await editor.context().close();
});

test('no PHP warning from the plugin', () => {
  const log = existsSync(join(work, 'debug.log'))
    ? readFileSync(join(work, 'debug.log'), 'utf8')
    : '';
  const ours = log.split('\n').filter((l) => l.includes('inne-kit'));
  assert.deepEqual(ours, []);
});

test('uninstall removes the settings and caches of every site', () => {
  const result = setup('uninstall', { INNE_WP_BLOG: String(site.blogId) });
  assert.equal(result.before, true);
  assert.equal(result.after, null);
  assert.equal(result.left, 0);
});
