import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseFeed } from '@club-inne/core';
import { inne, inneHere, repoPath } from '../run-inne.fixture.js';

const fixture = repoPath('packages/cli/test/fixtures/feed-folder');
const dir = mkdtempSync(join(tmpdir(), 'inne-build-'));

/** A copy of the fixture folder, changed by writing the given files. */
function folderWith(name: string, files: Record<string, string>): string {
  const folder = join(dir, name);
  cpSync(fixture, folder, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(folder, path), text);
  return folder;
}

describe('inne build-feed', () => {
  test('assembles a folder of YAML and JSON item files into a feed', async () => {
    const out = join(dir, 'feed.json');
    const r = await inne(['build-feed', fixture, '-o', out, '--lang', 'en']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /✓ 0 errors, 0 warnings — kept: 2 actors, 2 projects, 1 event, 1 link/);
    const text = readFileSync(out, 'utf8');
    const { feed, issues } = parseFeed(text);
    assert.deepEqual(issues, []);
    assert.equal(feed!.publisher?.name, 'Club Inné');
    assert.equal(feed!.updatedAt, '2025-11-20T10:00:00+01:00');
    // Files in name order; an item without "id" takes its file's name.
    assert.deepEqual(
      feed!.actors.map((a) => a.id),
      ['club-inne', 'elbeuf'],
    );
    assert.deepEqual(
      feed!.projects.map((p) => p.id),
      ['autopartage', 'ect-mobilites-elbeuf'],
    );
    assert.equal(feed!.links[0]!.project, 'ect-mobilites-elbeuf');
    assert.equal(feed!.membership[0]!.id, 'cotisations-2025');
    assert.deepEqual(Object.keys(JSON.parse(text)), [
      'version',
      'publisher',
      'updatedAt',
      'actors',
      'projects',
      'events',
      'links',
      'membership',
    ]);
  });

  test('an id used twice names the file of the item kept, clickable as the other', async () => {
    // `zz-elbeuf-bis.yaml` comes after `elbeuf.json` in name order: `elbeuf.json` is kept.
    const folder = folderWith('duplicate-id', {
      'actors/zz-elbeuf-bis.yaml': 'id: elbeuf\nname: Elbeuf\nkind: commune\n',
    });
    const en = await inneHere(['build-feed', folder, '--lang', 'en']);
    assert.equal(en.status, 1);
    assert.match(
      en.stderr,
      /actors\/zz-elbeuf-bis\.yaml:1:\d+ .*id "elbeuf" is already used: this item is ignored, the first one is kept \(\S*duplicate-id\/actors\/elbeuf\.json:2:\d+\)/,
    );
    const fr = await inneHere(['build-feed', folder]);
    assert.match(fr.stderr, /le premier est gardé \(\S*duplicate-id\/actors\/elbeuf\.json:2:\d+\)/);
  });

  test('-o into a folder that does not exist yet creates it', async () => {
    const out = join(dir, 'public', 'data', 'feed.json');
    const r = await inneHere(['build-feed', fixture, '-o', out, '--lang', 'en']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /✓ .*feed\.json written/);
    assert.equal(parseFeed(readFileSync(out, 'utf8')).feed?.projects.length, 2);
  });

  test('without -o, the feed goes to stdout and the report to stderr', async () => {
    const r = await inneHere(['build-feed', fixture, '--lang', 'fr']);
    assert.equal(r.status, 0);
    assert.equal(parseFeed(r.stdout).feed?.projects.length, 2);
    assert.match(r.stderr, /✓ 0 erreur/);
  });

  test('reports every problem with its file and line, and writes nothing', async () => {
    const folder = folderWith('broken', {
      'projects/autopartage.yml': 'title: Autopartage\nphase: finie\nspheres: [se-deplacer]\n',
      'projects/syntax.yaml': 'title: [unclosed\n',
      'events/empty.yaml': '',
      'links/links.yaml': '- id: a-b\n  from: club-inne\n  to: ghost\n  intensity: 2\n',
      'projets.yaml': 'title: misplaced\n',
    });
    const out = join(dir, 'not-written.json');
    const r = await inneHere(['build-feed', folder, '-o', out, '--lang', 'en']);
    assert.equal(r.status, 1);
    assert.ok(!existsSync(out), 'nothing is written when there are errors');
    const report = r.stderr;
    assert.match(
      report,
      /error\s+\S*projects\/autopartage\.yml:2:8\s+\$\.projects\[0\]\.phase\s+autopartage\s+unknown value/,
    );
    assert.match(report, /error\s+\S*projects\/syntax\.yaml:2:1\s+\$\s+unreadable file, ignored/);
    assert.match(report, /error\s+\S*events\/empty\.yaml:1:1\s+\$\s+ignored: the file is empty/);
    assert.match(
      report,
      /error\s+\S*links\/links\.yaml:3:7\s+\$\.links\[0\]\.to\s+a-b\s+reference to "ghost"/,
    );
    assert.match(report, /warning\s+\S*projets\.yaml\s+\$\s+ignored: only feed\.yaml/);
    assert.match(
      report,
      /✗ 4 errors, 1 warning — kept: 2 actors, 1 project, 1 event, 1 membership campaign/,
    );
    assert.match(report, /feed not written/);
  });

  test('warnings alone still write the feed', async () => {
    const folder = folderWith('warning', {
      'events/pleniere.yaml': readFileSync(join(fixture, 'events/pleniere.yaml'), 'utf8').replace(
        '[club-inne]',
        '[club-inne, ghost, club-inn]',
      ),
    });
    const out = join(dir, 'warning.json');
    const r = await inneHere(['build-feed', folder, '-o', out, '--lang', 'en']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stderr,
      /warning\s+\S*events\/pleniere\.yaml:7:25\s+\$\.events\[0\]\.organizers\[1\]/,
    );
    // A typo of an id of the feed: the id it likely meant.
    assert.match(
      r.stderr,
      /\$\.events\[0\]\.organizers\[2\] .*reference to "club-inn", which is not in the feed: ignored; did you mean "club-inne"\?/,
    );
    assert.deepEqual(parseFeed(readFileSync(out, 'utf8')).feed?.events[0]?.organizers, [
      'club-inne',
    ]);
  });

  test('a symbolic link is never followed: a file outside the folder cannot end up in the feed', async () => {
    const secret = join(dir, 'secret.json');
    writeFileSync(secret, JSON.stringify({ id: 'secret', title: 'SSH key of the publisher' }));
    const folder = folderWith('links', {});
    symlinkSync(secret, join(folder, 'projects', 'innocent.json'));
    symlinkSync(join(dir, 'secret-dir-target'), join(folder, 'events-link'));
    const out = join(dir, 'links.json');
    const r = await inneHere(['build-feed', folder, '-o', out, '--lang', 'en']);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(readFileSync(out, 'utf8'), /secret|SSH key/);
    assert.match(
      r.stderr,
      /warning\s+\S*projects\/innocent\.json\s+\$\s+ignored: a symbolic link is not followed/,
    );
    assert.match(r.stderr, /warning\s+\S*events-link\s+\$\s+ignored: a symbolic link/);
  });

  test('a file not saved as UTF-8 is reported as such, not read with its accents lost', async () => {
    const folder = folderWith('latin1', {});
    writeFileSync(
      join(folder, 'projects', 'ete.yaml'),
      Buffer.from('title: Été partagé\n', 'latin1'),
    );
    const r = await inneHere(['build-feed', folder, '--lang', 'en']);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '', 'no feed with garbled names');
    assert.match(
      r.stderr,
      /error\s+\S*projects\/ete\.yaml\s+\$\s+unreadable file, ignored: this is not UTF-8 text; save the file as UTF-8$/m,
    );
    const fr = await inneHere(['build-feed', folder, '--lang', 'fr']);
    assert.match(
      fr.stderr,
      /projects\/ete\.yaml\s+\$\s+fichier illisible, ignoré\u00a0: ce n’est pas du texte UTF-8\u202f; enregistrez le fichier en UTF-8$/m,
    );
    // The advice a page and `inne validate` give for the same bytes, word for word.
    const page = parseFeed(Buffer.from('{"title":"Été"}', 'latin1')).issues[0]!.message;
    assert.ok(
      page.fr.includes('ce n’est pas du texte UTF-8\u202f; enregistrez le fichier en UTF-8'),
    );
    assert.ok(page.en.includes('this is not UTF-8 text; save the file as UTF-8'));
  });

  test('an item without id in a file whose name is not an id says to rename the file', async () => {
    const folder = folderWith('file-name', {
      'projects/Vie des Sols é.yaml': 'title: Vie des sols\n',
      'projects/Écluse.yaml': 'id: ecluse\ntitle: Écluse\n',
    });
    const en = await inneHere(['build-feed', folder, '--lang', 'en']);
    assert.equal(en.status, 1);
    assert.match(
      en.stderr,
      /error\s+\S*projects\/Vie des Sols é\.yaml:1:1\s+\$\.id\s+ignored: without "id", the item takes its file's name, and "Vie des Sols é" is not an id \(lowercase letters, digits and dashes\); rename the file \(vie-des-sols-e\.yaml\) or add an "id"/,
    );
    assert.doesNotMatch(en.stderr, /required field missing/);
    // An id written in the file wins over its name, whatever the name.
    assert.match(en.stderr, /✗ 1 error, 0 warnings — kept: 2 actors, 3 projects/);
    const fr = await inneHere(['build-feed', folder]);
    assert.match(
      fr.stderr,
      /ignoré\u00a0: sans «\u00a0id\u00a0», l’élément prend le nom de son fichier, et «\u00a0Vie des Sols é\u00a0» n’est pas un identifiant .*renommez le fichier \(vie-des-sols-e\.yaml\) ou ajoutez un «\u00a0id\u00a0»/,
    );
  });

  test('a YAML mistake made by hand says how to fix it; a key written twice is read and named', async () => {
    const folder = folderWith('yaml-mistakes', {
      'projects/tab.yaml': 'title: Tabulation\n\tphase: emergence\n',
      'projects/quote.yaml': 'title: "Guillemet\n',
      'projects/comma.json': '{\n  "title": "Virgule"\n  "phase": "emergence"\n}\n',
      'projects/autopartage.yml':
        'title: Autopartage\nphase: emergence\ntitle: Autopartage solidaire\n',
    });
    const en = await inneHere(['build-feed', folder, '--lang', 'en']);
    assert.match(
      en.stderr,
      /error\s+\S*projects\/tab\.yaml:2:1\s+\$\s+unreadable file, ignored: a tab at the start of a line: indent with spaces/,
    );
    assert.match(
      en.stderr,
      /error\s+\S*projects\/quote\.yaml:2:1\s+\$\s+unreadable file, ignored: a quote, bracket or brace is not closed/,
    );
    assert.match(
      en.stderr,
      /warning\s+\S*projects\/autopartage\.yml:3:1\s+\$\s+"title" appears twice in this object: only the last value is read/,
    );
    // A JSON item file is told as inne validate tells a JSON mistake.
    assert.match(
      en.stderr,
      /error\s+\S*projects\/comma\.json:3:3\s+\$\s+unreadable file, ignored: "," or "}" expected \(a missing comma\?\)/,
    );
    const fr = await inneHere(['build-feed', folder]);
    assert.match(fr.stderr, /une tabulation en début de ligne\u00a0: indentez avec des espaces/);
    assert.match(
      fr.stderr,
      /«\u00a0,\u00a0» ou «\u00a0}\u00a0» attendu \(une virgule manque\u202f\?\)/,
    );
    assert.match(fr.stderr, /«\u00a0title\u00a0» est écrit deux fois dans cet objet/);
    // The item with a key written twice is kept, with the last value, as JSON would read it.
    const folderOk = folderWith('yaml-duplicate', {
      'projects/autopartage.yml':
        'title: Autopartage\nphase: emergence\ntitle: Autopartage solidaire\n',
    });
    const out = join(dir, 'yaml-duplicate.json');
    const ok = await inneHere(['build-feed', folderOk, '-o', out, '--lang', 'en']);
    assert.equal(ok.status, 0, ok.stderr);
    const built = parseFeed(readFileSync(out, 'utf8')).feed!;
    assert.equal(
      built.projects.find((p) => p.id === 'autopartage')?.title,
      'Autopartage solidaire',
    );
  });

  test('the envelope in feed.yaml is checked too, and located', async () => {
    const folder = folderWith('envelope', { 'feed.yaml': 'version: 1\nupdatedAt: yesterday\n' });
    const r = await inneHere(['build-feed', folder, '--lang', 'en']);
    assert.equal(r.status, 0);
    assert.match(
      r.stderr,
      /warning\s+\S*feed\.yaml:2:12\s+\$\.updatedAt\s+ISO 8601 date-time with an offset expected \(e\.g\. 2025-11-06T18:00:00\+01:00\); "updatedAt" is ignored/,
    );
  });

  test('a folder that does not exist exits 2', async () => {
    const r = await inneHere(['build-feed', join(dir, 'nope'), '--lang', 'en']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /folder not found/);
  });
});
