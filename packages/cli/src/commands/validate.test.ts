import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseFeed } from '@club-inne/core';
import { inne, inneHere, repoPath } from '../run-inne.fixture.js';

const defaultFeed = repoPath('packages/components/src/club-inne.feed.json');
// The club's counts as core reads them: each newsletter adds items, and the facts of the feed
// are checked once, in core's club-inne-feed.test.ts.
const club = parseFeed(readFileSync(defaultFeed, 'utf8')).feed!;
const actors = club.actors.length;
const projects = club.projects.length;
const dir = mkdtempSync(join(tmpdir(), 'inne-validate-'));

/** A copy of the default feed with one change, as a file. */
function copyWith(name: string, change: (feed: Record<string, unknown[]>) => void): string {
  const feed = JSON.parse(readFileSync(defaultFeed, 'utf8')) as Record<string, unknown[]>;
  change(feed);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(feed, null, 2));
  return path;
}

describe('inne validate', () => {
  test('the default feed: 0 issues, exit 0', async () => {
    const fr = await inne(['validate', defaultFeed]);
    assert.equal(fr.status, 0, fr.stderr);
    assert.match(
      fr.stdout,
      new RegExp(
        `✓ 0 erreur, 0 avertissement — gardés\u00a0: ${actors} acteurs, ${projects} projets`,
      ),
    );
    const en = await inneHere(['validate', defaultFeed, '--lang', 'en', '--json']);
    const report = JSON.parse(en.stdout);
    assert.equal(report.ok, true);
    assert.deepEqual(report.issues, []);
    assert.equal(report.counts.projects, projects);
  });

  test('a key written twice in an object is named with its line: pages read the last one', async () => {
    const path = join(dir, 'duplicate-key.json');
    writeFileSync(
      path,
      '{\n  "version": 1,\n  "projects": [\n    {\n      "id": "autopartage",\n      "title": "Autopartage",\n      "phase": "emergence",\n      "title": "Autopartage solidaire"\n    }\n  ]\n}\n',
    );
    const en = await inneHere(['validate', path, '--lang', 'en']);
    assert.equal(en.status, 0, 'a warning: the feed is read');
    assert.match(
      en.stdout,
      /warning\s+8:7\s+\$\s+"title" appears twice in this object: only the last value is read/,
    );
    assert.match(en.stdout, /✓ 0 errors, 1 warning — kept: 1 project/);
    const fr = await inneHere(['validate', path]);
    assert.match(
      fr.stdout,
      /«\u00a0title\u00a0» est écrit deux fois dans cet objet\u00a0: seule la dernière valeur est lue/,
    );
    const json = JSON.parse((await inneHere(['validate', path, '--json'])).stdout);
    assert.deepEqual(
      json.issues.map((i: { code: string; line: number }) => [i.code, i.line]),
      [['duplicate-key', 8]],
    );
    // An issue of the value read is located on it, the last one, not on the first.
    writeFileSync(
      path,
      '{\n  "version": 1,\n  "projects": [\n    {\n      "id": "autopartage",\n      "phase": "emergence",\n      "title": "Autopartage",\n      "phase": "finie"\n    }\n  ]\n}\n',
    );
    const phase = await inneHere(['validate', path, '--lang', 'en']);
    assert.match(phase.stdout, /warning\s+8:7\s+\$\s+"phase" appears twice/);
    assert.match(
      phase.stdout,
      /error\s+8:16\s+\$\.projects\[0\]\.phase\s+autopartage\s+unknown value/,
    );
  });

  test('one project broken: the others stay and the issue names it, with its line', async () => {
    const path = copyWith('broken-project.json', (feed) => {
      (feed.projects![3] as Record<string, unknown>).phase = 'terminée';
    });
    const text = await inne(['validate', path, '--lang', 'en']);
    assert.equal(text.status, 1);
    assert.match(text.stdout, /severity\s+where\s+path\s+id\s+message/);
    assert.match(
      text.stdout,
      /error\s+\d+:\d+\s+\$\.projects\[3\]\.phase\s+eco-scenographie-lnc\s+unknown value; allowed: emergence/,
    );
    assert.match(
      text.stdout,
      new RegExp(`✗ 1 error, 2 warnings — kept: ${actors} actors, ${projects - 1} projects`),
    );

    const json = JSON.parse((await inneHere(['validate', path, '--json'])).stdout);
    assert.equal(json.ok, false);
    assert.equal(json.counts.projects, projects - 1, 'every other project stays');
    const [issue] = json.issues;
    assert.equal(issue.itemId, 'eco-scenographie-lnc');
    assert.equal(issue.path, '$.projects[3].phase');
    assert.match(issue.message.fr, /valeur inconnue/);
    const lines = readFileSync(path, 'utf8').split('\n');
    assert.match(lines[issue.line - 1]!, /"phase": "terminée"/);
  });

  test('an id used twice names the line of the item kept', async () => {
    const path = copyWith('duplicate-id.json', (feed) => {
      feed.actors!.push({ id: 'club-inne', name: 'Club Inné (bis)', kind: 'association' });
    });
    const firstLine =
      readFileSync(path, 'utf8').split('\n').indexOf('      "id": "club-inne",') + 1;
    const en = await inneHere(['validate', path, '--lang', 'en']);
    assert.equal(en.status, 1);
    assert.match(
      en.stdout,
      new RegExp(
        `\\$\\.actors\\[${actors}\\]\\.id .*id "club-inne" is already used: this item is ignored, the first one is kept \\(line ${firstLine}\\)`,
      ),
    );
    const fr = await inneHere(['validate', path]);
    assert.match(fr.stdout, new RegExp(`le premier est gardé \\(ligne ${firstLine}\\)`));
    const json = JSON.parse((await inneHere(['validate', path, '--json'])).stdout);
    assert.match(json.issues[0].message.en, new RegExp(`\\(line ${firstLine}\\)$`));
  });

  test('warnings alone exit 0', async () => {
    const path = copyWith('warning.json', (feed) => {
      (feed.events![0] as Record<string, unknown>).organizers = ['nobody'];
    });
    const r = await inneHere(['validate', path, '--lang', 'en']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /warning\s+\d+:\d+\s+\$\.events\[0\]\.organizers\[0\]/);
    assert.match(r.stdout, /✓ 0 errors, 1 warning/);
  });

  test('a reference to an id with a typo says the id it likely meant, in both reports', async () => {
    const path = copyWith('typo.json', (feed) => {
      (feed.projects![6] as Record<string, unknown>).actors = [
        { actor: 'malaunai', role: 'porteur' },
      ];
      (feed.events![0] as Record<string, unknown>).organizers = ['club-inne', 'nobody'];
    });
    const en = await inneHere(['validate', path, '--lang', 'en']);
    assert.equal(en.status, 0, en.stdout);
    assert.match(
      en.stdout,
      /\$\.projects\[6\]\.actors\[0\]\.actor .*reference to "malaunai", which is not in the feed: ignored; did you mean "malaunay"\?\n/,
    );
    // No id is close to "nobody": no guess.
    assert.match(en.stdout, /reference to "nobody", which is not in the feed: ignored\n/);
    const fr = await inneHere(['validate', path, '--json']);
    const issue = JSON.parse(fr.stdout).issues.find(
      (i: { path: string }) => i.path === '$.projects[6].actors[0].actor',
    );
    assert.equal(
      issue.message.fr,
      'référence à «\u00a0malaunai\u00a0», absent du flux\u00a0: ignorée\u202f; vouliez-vous dire «\u00a0malaunay\u00a0»\u202f?',
    );
  });

  test("an actor's name written for its id costs the reference, not the project", async () => {
    const path = copyWith('actor-name.json', (feed) => {
      (feed.projects![6] as Record<string, unknown>).actors = [
        { actor: 'Grand-Quevilly', role: 'porteur' },
      ];
    });
    const en = await inneHere(['validate', path, '--lang', 'en']);
    assert.equal(en.status, 0, en.stdout);
    assert.match(
      en.stdout,
      /warning\s+\d+:\d+\s+\$\.projects\[6\]\.actors\[0\]\.actor\s+concertations-citoyennes-grand-quevilly\s+"Grand-Quevilly": invalid id: .*; reference ignored; did you mean "grand-quevilly"\?/,
    );
    assert.match(
      en.stdout,
      new RegExp(`✓ 0 errors, 1 warning — kept: ${actors} actors, ${projects} projects`),
    );
    const fr = await inneHere(['validate', path]);
    assert.match(
      fr.stdout,
      /référence ignorée\u202f; vouliez-vous dire «\u00a0grand-quevilly\u00a0»\u202f\?/,
    );
  });

  test('something that is not a feed exits 1 with a clear message', async () => {
    const path = join(dir, 'list.json');
    writeFileSync(path, '[1, 2]');
    const r = await inneHere(['validate', path, '--lang', 'en']);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /this is not a Club Inné feed/);
    assert.match(r.stdout, /no readable feed/);
  });

  test('a file that is not JSON cannot be read: exit 2, like a missing file', async () => {
    const path = join(dir, 'page.json');
    writeFileSync(path, '<html><body>404</body></html>');
    const en = await inneHere(['validate', path, '--lang', 'en']);
    assert.equal(en.status, 2);
    assert.equal(en.stdout, '');
    assert.equal(en.stderr, `✗ ${path}:1:1: the feed is not readable JSON: unexpected "<"\n`);
    const fr = await inneHere(['validate', path, '--lang', 'fr']);
    assert.equal(fr.status, 2);
    assert.equal(
      fr.stderr,
      `✗ ${path}:1:1\u00a0: le flux n’est pas du JSON lisible\u00a0: «\u00a0<\u00a0» inattendu\n`,
    );
    const json = await inneHere(['validate', path, '--json']);
    assert.equal(json.status, 2);
    const report = JSON.parse(json.stdout);
    assert.deepEqual(
      Object.keys(report),
      ['source', 'ok', 'code', 'error', 'line', 'column'],
      'the documented shape',
    );
    assert.equal(report.ok, false);
    assert.equal(report.code, 'not-json');
    assert.match(report.error.en, /not readable JSON/);
    assert.match(report.error.fr, /pas du JSON lisible/);
    const stdin = await inne(['validate', '-', '--lang', 'en'], '{"version": 1,');
    assert.equal(stdin.status, 2, 'from standard input too');
    // Named as the other errors of standard input name it (`stdin: not UTF-8 text`), not `-`.
    assert.match(
      stdin.stderr,
      /^✗ stdin:1:15: the feed is not readable JSON: the text ends too early/,
    );
  });

  test('a syntax error deep in a feed: its line and column, and why, in French or English', async () => {
    const path = join(dir, 'trailing-comma.json');
    // A comma left after the last project, the commonest slip of a hand-edited feed; the
    // engine's own message says neither the line nor anything in French.
    const original = readFileSync(defaultFeed, 'utf8');
    const brace = original.search(/\}\n\s*\],\n\s*"events"/); // the last project's end
    assert.ok(brace > 0);
    const text = `${original.slice(0, brace + 1)},${original.slice(brace + 1)}`;
    writeFileSync(path, text);
    const line = original.slice(0, brace).split('\n').length;
    const fr = await inneHere(['validate', path, '--lang', 'fr']);
    assert.equal(fr.status, 2);
    assert.match(
      fr.stderr,
      new RegExp(
        `^✗ ${path}:${line}:\\d+\u00a0: le flux n’est pas du JSON lisible\u00a0: virgule en trop avant «\u00a0\\]\u00a0»\n$`,
      ),
    );
    const json = JSON.parse((await inneHere(['validate', path, '--json'])).stdout);
    assert.equal(json.line, line);
    assert.equal(
      json.error.en,
      `${path}:${line}:${json.column}: the feed is not readable JSON: extra comma before "]"`,
    );
    assert.equal(text.split('\n')[line - 1]![json.column - 1], ',', 'the column is the comma');
  });

  test('a hostile id cannot drive the terminal; the JSON report keeps it as it is', async () => {
    const id = 'x\u001b[2J\u001b[31mred\u009b\u202e\nline';
    const path = join(dir, 'hostile.json');
    writeFileSync(path, JSON.stringify({ version: 1, projects: [{ id, title: 5 }] }));
    const r = await inneHere(['validate', path, '--lang', 'en']);
    assert.equal(r.status, 1);
    const raw = (text: string) => ['\u001b', '\u009b', '\u202e'].filter((c) => text.includes(c));
    assert.deepEqual(raw(r.stdout), []);
    assert.match(
      r.stdout,
      /x\\u001b\[2J\\u001b\[31mred\\u009b\\u202e\\u000aline {2}expected a text/,
    );
    const json = await inneHere(['validate', path, '--json']);
    assert.deepEqual(raw(json.stdout), []);
    assert.equal(JSON.parse(json.stdout).issues[0].itemId, id);
  });

  test('a file not saved as UTF-8 exits 2 and says to save it as UTF-8', async () => {
    const path = join(dir, 'latin1.json');
    writeFileSync(
      path,
      Buffer.from('{"version":1,"projects":[{"id":"ete","title":"Été"}]}', 'latin1'),
    );
    const r = await inneHere(['validate', path, '--lang', 'en']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `✗ ${path}: this is not UTF-8 text; save the file as UTF-8\n`);
    const fr = await inneHere(['validate', path, '--lang', 'fr']);
    assert.equal(
      fr.stderr,
      `✗ ${path}\u00a0: ce n’est pas du texte UTF-8\u202f; enregistrez le fichier en UTF-8\n`,
    );
    const json = await inneHere(['validate', path, '--json']);
    assert.equal(json.status, 2);
    // The advice a page gives for the same bytes, word for word.
    const page = parseFeed(readFileSync(path)).issues[0]!.message;
    for (const lang of ['fr', 'en'] as const) {
      const error = JSON.parse(json.stdout).error[lang] as string;
      const reason = error.slice(error.indexOf(': ') + 2);
      assert.ok(page[lang].endsWith(`(${reason})`), `${page[lang]} / ${reason}`);
    }
  });

  test('usage errors exit 2 and say how to use it', async () => {
    const none = await inneHere(['validate', '--lang', 'fr']);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /Utilisation\u00a0: inne validate/);
    const unknown = await inneHere(['validate', defaultFeed, '--jsn', '--lang', 'en']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^unknown option: --jsn\n\nUsage: inne validate/);
    const french = await inneHere(['validate', defaultFeed, '--jsn', '--lang', 'fr']);
    assert.match(french.stderr, /^option inconnue\u00a0: --jsn\n/);
    const noValue = await inneHere(['validate', defaultFeed, '--timeout', '--lang', 'en']);
    assert.equal(noValue.status, 2);
    assert.match(noValue.stderr, /^--timeout needs a value\n/);
    const value = await inneHere(['validate', defaultFeed, '--json=yes', '--lang', 'fr']);
    assert.equal(value.status, 2);
    assert.match(value.stderr, /^--json ne prend pas de valeur\n/);
    const missing = await inneHere(['validate', join(dir, 'nope.json'), '--lang', 'en']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /file not found/);
    const missingJson = await inneHere(['validate', join(dir, 'nope.json'), '--json']);
    assert.equal(missingJson.status, 2);
    assert.equal(JSON.parse(missingJson.stdout).code, 'not-found');
    const folder = await inneHere(['validate', dir, '--lang', 'en']);
    assert.equal(folder.status, 2);
    assert.match(
      folder.stderr,
      /is a folder, not a file \(for a folder of one file per item: inne build-feed/,
    );
    const help = await inneHere(['validate', '--help', '--lang', 'en']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: inne validate/);
  });

  describe('a URL', () => {
    const feed = readFileSync(defaultFeed, 'utf8');
    const server = createServer((req, res) => {
      if (req.url === '/slow') return; // never answers
      if (req.url === '/stalled') return void res.writeHead(200).write('{"version":'); // no end
      if (req.url === '/endless') {
        // No content-length, and more than the limit: the command must stop reading.
        res.writeHead(200);
        const chunk = ' '.repeat(1 << 20);
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump);
        };
        return void pump();
      }
      if (req.url === '/feed.json')
        res.writeHead(200, { 'content-type': 'application/json' }).end(feed);
      else res.writeHead(404).end('not found');
    });
    let base = '';
    before(async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => {
      server.closeAllConnections();
      server.close();
    });

    test('is fetched and checked', async () => {
      const r = await inneHere(['validate', `${base}/feed.json`, '--json']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).counts.actors, actors);
    });

    test('an HTTP error or a timeout exits 2 with the reason', async () => {
      const missing = await inneHere(['validate', `${base}/missing.json`, '--lang', 'en']);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /HTTP 404/);
      const slow = await inneHere(['validate', `${base}/slow`, '--timeout', '0.5', '--lang', 'en']);
      assert.equal(slow.status, 2);
      assert.match(slow.stderr, /no answer within 0.5 s/);
    });

    test('a host that cannot be reached says why, in French or English', async () => {
      // A port nobody listens on: the server of this test, closed.
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/feed.json`;
      await new Promise((resolve) => closed.close(resolve));
      const fr = await inneHere(['validate', url]);
      assert.equal(fr.status, 2);
      assert.equal(
        fr.stderr,
        `✗ ${url}\u00a0: inaccessible (connexion refusée\u00a0: aucun serveur ne répond à cette adresse)\n`,
      );
      const en = await inneHere(['validate', url, '--lang', 'en', '--json']);
      assert.equal(en.status, 2);
      assert.equal(JSON.parse(en.stdout).code, 'unreachable');
      assert.equal(
        JSON.parse(en.stdout).error.en,
        `${url}: unreachable (connection refused: no server answers at this address)`,
      );
    });

    test('a URL that is no address, or a port fetch refuses, is said in French too', async () => {
      const cases: [string, string][] = [
        ['http://', '✗ http://\u00a0: inaccessible (adresse invalide)\n'],
        [
          'https://example.org:99999/',
          '✗ https://example.org:99999/\u00a0: inaccessible (adresse invalide)\n',
        ],
        [
          'http://127.0.0.1:1/feed.json',
          '✗ http://127.0.0.1:1/feed.json\u00a0: inaccessible (port refusé par fetch, comme par les navigateurs)\n',
        ],
      ];
      for (const [url, message] of cases) {
        const r = await inneHere(['validate', url, '--lang', 'fr']);
        assert.equal(r.status, 2);
        assert.equal(r.stderr, message);
      }
    });

    test('a connection cut or an answer that is not HTTP is said in French, not in Node’s English', async () => {
      const cases: [string, (socket: Socket) => void, string][] = [
        [
          'cut',
          (socket) => socket.on('data', () => socket.destroy()),
          'connexion coupée par le serveur',
        ],
        [
          'not-http',
          (socket) => socket.on('data', () => socket.end('garbage\r\n\r\n')),
          'la réponse n’est pas du HTTP (HPE_INVALID_CONSTANT)',
        ],
      ];
      for (const [name, handler, reason] of cases) {
        const tcp = createTcpServer(handler);
        await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
        const url = `http://127.0.0.1:${(tcp.address() as AddressInfo).port}/${name}.json`;
        try {
          const r = await inneHere(['validate', url, '--lang', 'fr']);
          assert.equal(r.status, 2);
          assert.equal(r.stderr, `✗ ${url}\u00a0: inaccessible (${reason})\n`);
        } finally {
          await new Promise((resolve) => tcp.close(resolve));
        }
      }
    });

    test('a network error with no reason of its own keeps its code in a localized sentence', async () => {
      const saved = globalThis.fetch;
      const failing = (code: string) => async () => {
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error(`connect ${code} 192.0.2.1:443`), { code }),
        });
      };
      try {
        globalThis.fetch = failing('ETIMEDOUT');
        const timedOut = await inneHere(['validate', 'https://example.org/feed.json']);
        assert.equal(
          timedOut.stderr,
          '✗ https://example.org/feed.json\u00a0: inaccessible (délai de connexion dépassé, le serveur ne répond pas)\n',
        );
        globalThis.fetch = failing('EWHATEVER');
        const fr = await inneHere(['validate', 'https://example.org/feed.json']);
        assert.equal(fr.status, 2);
        assert.equal(
          fr.stderr,
          '✗ https://example.org/feed.json\u00a0: inaccessible (erreur réseau (EWHATEVER))\n',
        );
        const en = await inneHere(['validate', 'https://example.org/feed.json', '--lang', 'en']);
        assert.equal(
          en.stderr,
          '✗ https://example.org/feed.json: unreachable (network error (EWHATEVER))\n',
        );
      } finally {
        globalThis.fetch = saved;
      }
    });

    test('a body that stalls after the headers times out with the same message', async () => {
      const r = await inneHere(['validate', `${base}/stalled`, '--timeout', '0.5']);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, `✗ ${base}/stalled\u00a0: pas de réponse en 0,5\u00a0s\n`);
    });

    test('a body over the limit without a length is cut off, not read whole', async () => {
      const r = await inneHere(['validate', `${base}/endless`, '--lang', 'en']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /endless: too large \(at most 5 MB\)/);
    });
  });
});
