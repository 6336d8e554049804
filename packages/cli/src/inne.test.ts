import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { commands } from './commands/index.js';
import { inne, inneHere } from './run-inne.fixture.js';

/**
 * `inne …args` with its standard output already closed, as `inne validate feed.json | head -1`
 * leaves it once `head` has its line: the exit code and what it said on stderr.
 */
function inneIntoClosedPipe(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const entry = fileURLToPath(new URL('./inne.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--conditions=@club-inne/source', '--import', 'tsx', entry, ...args],
      { env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } },
    );
    child.stdout.destroy(); // the reader is gone before the first line is written
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
    child.stdin.end();
  });
}

describe('inne', () => {
  test('a reader that stops early (| head) ends the output quietly, with the exit code', async () => {
    const feed = fileURLToPath(
      new URL('../../components/src/club-inne.feed.json', import.meta.url),
    );
    for (const [args, status] of [
      [['schema'], 0],
      [['validate', feed, '--lang', 'en'], 0],
      [['validate', fileURLToPath(new URL('../package.json', import.meta.url)), '--lang', 'en'], 1],
    ] as const) {
      const r = await inneIntoClosedPipe([...args]);
      assert.equal(r.stderr, '', `${args[0]}: no EPIPE stack trace`);
      assert.equal(r.status, status, args.join(' '));
    }
  });

  test('--version prints the package version', async () => {
    const { version } = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    const r = await inne(['--version']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${version}\n`);
  });

  test('with no command, lists the commands on stdout, in the language asked for', async () => {
    const fr = await inne([]);
    assert.equal(fr.status, 0);
    assert.match(fr.stdout, /^Utilisation\u00a0: inne <commande>/);
    for (const name of Object.keys(commands)) assert.match(fr.stdout, new RegExp(`inne ${name} `));
    const en = await inne(['--lang', 'en']);
    assert.equal(en.status, 0);
    assert.match(en.stdout, /^Usage: inne <command>/);
    assert.match(en.stdout, /inne build-feed +Assemble a feed from a folder/);
  });

  test('an unknown command is a usage error on stderr', async () => {
    const r = await inne(['valider', 'feed.json']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^commande inconnue\u00a0: valider\n/);
    assert.match(r.stderr, /inne validate /);
  });

  test('the command after --lang runs in that language', async () => {
    const r = await inne(['--lang', 'en', 'schema', '--help']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Usage: inne schema/);
  });

  test('--lang=en is read like --lang en, before or after the command', async () => {
    const after = await inne(['schema', 'extra', '--lang=en']);
    assert.equal(after.status, 2);
    assert.match(after.stderr, /^Usage: inne schema/m);
    const before = await inne(['--lang=en', 'schema', '--help']);
    assert.equal(before.status, 0, before.stderr);
    assert.match(before.stdout, /^Usage: inne schema/);
  });

  test('a language the kit does not speak is a usage error, not French in silence', async () => {
    const r = await inne(['schema', '--lang', 'de']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'option invalide\u00a0: --lang de (langues\u00a0: fr, en)\n');
    const tag = await inne(['--lang', 'en-GB', 'schema', '--help']);
    assert.equal(tag.status, 0, tag.stderr);
    assert.match(tag.stdout, /^Usage: inne schema/);
  });

  test('a usage error says what is wrong before the usage', async () => {
    const cases: [string[], string][] = [
      [['validate', '--lang', 'en'], 'missing the feed to check (file, URL or -)'],
      [['validate', 'a.json', 'b.json', '--lang', 'en'], 'unexpected argument: b.json'],
      [
        ['validate', 'a.json', '--timeout', 'abc', '--lang', 'en'],
        '--timeout: a positive number of seconds is expected (got "abc")',
      ],
      [
        ['ics', 'a.json', '--when', 'soon', '--lang', 'en'],
        '--when: upcoming, past, all (got "soon")',
      ],
      [
        ['score', 'a.json', '--price', '-5', '--lang', 'en'],
        '--price: a positive number is expected (got "-5")',
      ],
      [
        ['score', 'a.json', '--lowest-price', '-0.5', '--lang', 'fr'],
        '--lowest-price\u00a0: un nombre positif est attendu (reçu «\u00a0-0.5\u00a0»)',
      ],
      [['ics', '--lang', 'fr'], 'il manque le flux (fichier, URL ou -)'],
      [['ics', '', '--lang', 'fr'], 'argument vide\u00a0: il faut le flux (fichier, URL ou -)'],
      [
        ['validate', '', '--lang', 'en'],
        'empty argument: expected the feed to check (file, URL or -)',
      ],
      [['ics', 'a.json', '--domain', '', '--lang', 'fr'], '--domain\u00a0: valeur vide'],
      [
        ['ics', 'a.json', '--domain', 'a b', '--lang', 'en'],
        '--domain: a host name is expected (letters, digits, dots and dashes, such as example.org), got "a b"',
      ],
      [
        ['ics', 'a.json', '--domain', 'https://example.org/', '--lang', 'fr'],
        '--domain\u00a0: un nom d’hôte est attendu (lettres, chiffres, points et tirets, comme example.org), reçu «\u00a0https://example.org/\u00a0»',
      ],
      [['schema', '-o', '', '--lang', 'en'], '--output: empty value'],
      [['score', 'a.json', '--framework=', '--lang', 'en'], '--framework: empty value'],
      [['score', '--lang', 'fr'], 'il manque le fichier de réponses (ou -)'],
      [['schema', 'x', 'y', '--lang', 'fr'], 'arguments en trop\u00a0: x y'],
      [['build-feed', '--lang', 'en'], 'missing the folder to assemble'],
    ];
    for (const [args, problem] of cases) {
      const r = await inneHere(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.ok(r.stderr.startsWith(`${problem}\n\n`), `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`(Usage|Utilisation)\u00a0?: inne ${args[0]}`));
    }
  });

  test('with --json, a usage error is one JSON object on stdout, with its code, and exit 2', async () => {
    const cases: [string[], string, string][] = [
      [['validate', 'a.json', '--jsn'], 'unknown-option', 'unknown option: --jsn'],
      [['validate', 'a.json', '--timeout'], 'missing-value', '--timeout needs a value'],
      [
        ['validate', 'a.json', '--timeout', 'abc'],
        'invalid-value',
        '--timeout: a positive number of seconds is expected (got "abc")',
      ],
      [['validate'], 'missing-argument', 'missing the feed to check (file, URL or -)'],
      [['score', 'a.json', 'b.json'], 'unexpected-argument', 'unexpected argument: b.json'],
      [['score', 'a.json', '--price'], 'missing-value', '--price needs a value'],
      [
        ['score', 'a.json', '--price', 'abc'],
        'invalid-value',
        '--price: a positive number is expected (got "abc")',
      ],
      [
        ['score', '', '--framework=x'],
        'empty-argument',
        'empty argument: expected the answers file (or -)',
      ],
      // ics, schema and build-feed write no JSON report: --json is itself the unknown option,
      // said in the form the script asked for.
      [['ics', 'a.json'], 'unknown-option', 'unknown option: --json'],
      [['schema'], 'unknown-option', 'unknown option: --json'],
      [['build-feed', 'folder'], 'unknown-option', 'unknown option: --json'],
    ];
    for (const [args, code, message] of cases) {
      const r = await inneHere([...args, '--json', '--lang', 'fr']);
      const line = args.join(' ');
      assert.equal(r.status, 2, line);
      assert.equal(r.stderr, '', line);
      const out = JSON.parse(r.stdout);
      assert.deepEqual(
        { ok: out.ok, code: out.code, en: out.error.en },
        { ok: false, code, en: message },
        line,
      );
      assert.ok(out.error.fr && out.error.fr !== out.error.en, line);
    }
    // After --, "--json" is an argument, no request for JSON: the error is said as text.
    const after = await inneHere(['ics', 'a.json', '--name', '--', '--json', '--lang', 'en']);
    assert.equal(after.stdout, '');
    assert.match(after.stderr, /^--name needs a value/);
  });

  test('with --json, an unknown command or language is said as JSON too', async () => {
    const command = await inne(['valider', 'feed.json', '--json']);
    assert.equal(command.status, 2);
    assert.equal(command.stderr, '');
    assert.deepEqual(JSON.parse(command.stdout), {
      ok: false,
      code: 'unknown-command',
      error: { fr: 'commande inconnue\u00a0: valider', en: 'unknown command: valider' },
    });
    const lang = await inne(['validate', 'feed.json', '--json', '--lang', 'de']);
    assert.equal(lang.status, 2);
    assert.equal(lang.stderr, '');
    assert.equal(JSON.parse(lang.stdout).code, 'invalid-value');
  });

  test('build-feed given a file points to validate', async () => {
    const r = await inneHere(['build-feed', 'package.json', '--lang', 'en']);
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      '✗ package.json is a file, not a folder (to check a feed: inne validate package.json)\n',
    );
  });

  for (const name of Object.keys(commands)) {
    test(`${name} --help prints its usage on stdout and succeeds`, async () => {
      const r = await inneHere([name, '--help', '--lang', 'en']);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`^Usage: inne ${name}`));
      assert.equal(r.stderr, '');
    });
  }
});
