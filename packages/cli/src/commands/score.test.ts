import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { inne, inneHere } from '../run-inne.fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'inne-score-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};

const answers = {
  'offer.logic': { level: 3, evidence: 'document' },
  'offer.usefulEffects': { level: 2 },
  'offer.decoupling': { level: 1 },
  'immaterial.trust': { level: 2 },
  'immaterial.work': { level: 1 },
  'cooperation.diversity': { level: 3, evidence: 'document' },
  'cooperation.intensity': { level: 2 },
  'cooperation.desiloing': { level: 'na' },
  'territory.environment': { level: 1 },
  'territory.social': { level: 2 },
  'evaluation.device': { level: 1 },
  'evaluation.contract': { level: 4 },
  'governance.vision': { level: 2 },
  'governance.formalisation': { level: 2 },
};
const assessment = file('assessment.json', {
  id: 'autopartage-2025',
  subject: { type: 'project', id: 'autopartage' },
  date: '2025-03-14',
  answers,
});
const quality = (u: number, e: number, p: number, c: number) => ({
  'usage.performance': { level: u },
  'effects.usefulEffects': { level: e },
  'evaluation.plan': { level: p },
  'coConstruction.territory': { level: c },
});
const bids = file('bids.json', [
  { id: 'alpha', label: 'Alpha Environnement', price: 125000, answers: quality(3, 3, 2, 2) },
  { id: 'beta', label: 'Beta Services', price: 100000, answers: quality(2, 2, 2, 1) },
  { id: 'gamma', label: 'Gamma Coop', price: 160000, answers: quality(4, 3, 3, 3) },
]);

describe('inne score', () => {
  test('an assessment: a French report with scores, stage, what blocks and what to work on', async () => {
    const r = await inne(['score', assessment]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /^Référentiel EFC – écosystèmes coopératifs territorialisés \(efc-ect v1\)/,
    );
    assert.match(r.stdout, /Score global\u00a0: 44,4 \/ 100\nÉtape 2 — Offre d’usage\n/);
    assert.match(r.stdout, /Coopération\s+62,5 {2}█████████████░░░░░░░ {2}\(poids 20\)/);
    assert.match(
      r.stdout,
      /Ce qui bloque l’étape 3 — Solution intégrée\n {2}• Score global de 50 au moins \(actuellement 44,4\)/,
    );
    assert.match(
      r.stdout,
      /Pistes de travail\n {2}1\. Passer «\u00a0Dispositif d’évaluation\u00a0» de 1 à 2/,
    );
    assert.match(
      r.stdout,
      /«\u00a0Contractualisation\u00a0»\u00a0: 4 déclaré, 2 retenu \(demande une attestation tierce\)/,
    );
    assert.match(r.stdout, /Sans réponse \(comptés 0\)\u00a0: governance\.economicModel/);
    assert.match(r.stdout, /Part déclarative\u00a0: 72\u202f%/);
  });

  test('in English, and bare answers read the same', async () => {
    const r = await inneHere(['score', file('bare.json', answers), '--lang', 'en']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Overall score: 44\.4 \/ 100\nStage 2 — Use-oriented offer/);
    assert.match(r.stdout, /What to work on\n {2}1\. Raise “Evaluation system” from 1 to 2/);
  });

  test('--json gives the whole result', async () => {
    const r = await inneHere(['score', assessment, '--json']);
    const out = JSON.parse(r.stdout);
    assert.equal(out.framework, 'efc-ect');
    assert.equal(out.result.overall, 44.4);
    assert.equal(out.result.stage.index, 2);
    assert.equal(out.result.blocking.length, 3);
    assert.ok(out.result.nextMoves[0].message.fr && out.result.nextMoves[0].message.en);
  });

  test('a built-in grid id is read in any case, with spaces around', async () => {
    for (const id of ['EFC-ECT', ' Efc-Ect ']) {
      const r = await inneHere(['score', assessment, '--framework', id, '--json']);
      assert.equal(r.status, 0, r.stdout);
      assert.equal(JSON.parse(r.stdout).framework, 'efc-ect');
    }
    const ranked = await inneHere(['score', bids, '--framework', 'EFC-Tender', '--json']);
    assert.equal(ranked.status, 0, ranked.stdout);
    assert.equal(JSON.parse(ranked.stdout).framework, 'efc-tender');
    const typo = await inneHere(['score', assessment, '--framework', 'EFC-TENDR', '--lang', 'en']);
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /unknown grid "EFC-TENDR"/);
  });

  test('a list of bids is ranked with the tender grid, criterion by criterion', async () => {
    const r = await inneHere(['score', bids]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /1\. Gamma Coop\s+77,5 points\n\s+2\. Alpha Environnement\s+70,25 points\n\s+3\. Beta Services\s+62,5 points/,
    );
    assert.match(
      r.stdout,
      /Alpha Environnement\u00a0: 2e sur 3, 70,25 points sur 100 — .* Prix 24\/30\./,
    );
    const json = JSON.parse((await inneHere(['score', bids, '--json'])).stdout);
    assert.deepEqual(
      json.ranking.ranking.map((b: { id: string }) => b.id),
      ['gamma', 'alpha', 'beta'],
    );
  });

  test('one bid with the tender grid and its prices', async () => {
    const bid = file('bid.json', { answers: quality(3, 3, 2, 2) });
    const r = await inneHere([
      'score',
      bid,
      '--framework',
      'efc-tender',
      '--price',
      '125000',
      '--lowest-price',
      '100000',
      '--lang',
      'en',
    ]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Price\s+24 \/ 30 {3}\(lowest price ÷ this bid's price = 0\.8\)/);
    assert.match(r.stdout, /Total: 70\.25 \/ 100 points/);
  });

  test('invalid answers are left out, reported, and exit 1', async () => {
    const path = file('invalid.json', { answers: { ...answers, 'offer.logic': { level: 7 } } });
    const r = await inneHere(['score', path]);
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      /✗ \$\.answers\["offer\.logic"\]\.level: niveau attendu\u00a0: 0, 1, 2, 3, 4 ou "na"/,
    );
    assert.match(
      r.stdout,
      /Sans réponse \(comptés 0\)\u00a0: offer\.logic, governance\.economicModel/,
    );
  });

  test('a custom grid file is checked, every problem listed', async () => {
    const grid = file('grid.json', {
      id: 'mini',
      version: '1',
      label: { fr: 'Mini', en: 'Mini' },
      dimensions: [
        {
          id: 'a',
          label: { fr: 'A', en: 'A' },
          weight: 90,
          criteria: [{ id: 'a.b', label: { fr: 'B', en: 'B' }, levels: [] }],
        },
      ],
    });
    const r = await inneHere(['score', assessment, '--framework', grid, '--lang', 'en']);
    assert.equal(r.status, 2);
    assert.match(
      r.stderr,
      /invalid grid\n {2}\$\.dimensions\[0\]\.criteria\[0\]\.levels: criterion "a\.b" must describe 5 levels/,
    );
    assert.match(r.stderr, /\$\.dimensions: dimension weights add up to 90 instead of 100/);
  });

  test('bids that cannot be ranked: every reason, in the language asked for', async () => {
    const twice = file('twice.json', [
      { id: 'alpha', price: 100000, answers: quality(3, 3, 2, 2) },
      { id: 'alpha', price: 120000, answers: quality(2, 2, 2, 1) },
    ]);
    const fr = await inneHere(['score', twice, '--lang', 'fr']);
    assert.equal(fr.status, 1);
    assert.equal(
      fr.stderr,
      '✗ Impossible de classer ces offres\u00a0:\n  l’offre «\u00a0alpha\u00a0» figure deux fois\n',
    );
    const grid = await inneHere(['score', bids, '--framework', 'efc-ect', '--lang', 'fr']);
    assert.equal(grid.status, 2, 'a grid that cannot rank bids is a wrong grid');
    assert.match(grid.stderr, /^✗ «\u00a0efc-ect\u00a0» est une grille de diagnostic/);
    const price = await inneHere([
      'score',
      file('one-bid.json', { answers: quality(3, 3, 2, 2) }),
      '--framework',
      'efc-tender',
      '--price',
      '100',
      '--lowest-price',
      '200',
      '--lang',
      'fr',
    ]);
    assert.equal(price.status, 2);
    assert.equal(
      price.stderr,
      '✗ le prix le plus bas (200) dépasse le prix de cette offre (100)\n',
    );
  });

  test('a whole feed is named as such, with what to give instead', async () => {
    const feed = file('feed.json', { version: 1, assessments: [{ id: 'a', answers }] });
    const r = await inneHere(['score', feed, '--lang', 'en']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      `✗ ${feed} is a feed, not answers: give one of its assessments (an item of "assessments"), bare answers or a list of bids\n`,
    );
  });

  test('an empty list of bids: nothing to rank, said, exit 2', async () => {
    const empty = file('no-bids.json', []);
    const r = await inneHere(['score', empty]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      `✗ ${empty}\u00a0: la liste d’offres est vide, il n’y a rien à classer\n`,
    );
    const wrapped = await inneHere(['score', file('no-bids-2.json', { bids: [] }), '--lang', 'en']);
    assert.equal(wrapped.status, 2);
    assert.match(wrapped.stderr, /the list of bids is empty, there is nothing to rank\n$/);
  });

  test('from standard input, messages name it stdin, as for JSON that cannot be read', async () => {
    const r = await inne(['score', '-', '--lang', 'en'], '[]');
    assert.equal(r.status, 2);
    assert.equal(r.stderr, '✗ stdin: the list of bids is empty, there is nothing to rank\n');
    const feed = await inne(['score', '-'], '{ "version": 1, "assessments": [] }');
    assert.match(feed.stderr, /^✗ stdin est un flux, pas des réponses/);
  });

  test('a folder is said to be one, without pointing to build-feed, which makes feeds', async () => {
    const gridFolder = join(dir, 'grid-folder.json');
    mkdirSync(gridFolder);
    for (const args of [[dir], [assessment, '--framework', gridFolder]]) {
      const r = await inneHere(['score', ...args, '--lang', 'en']);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, `✗ ${args.at(-1)} is a folder, not a file\n`);
    }
  });

  test('a price given where it cannot count is said, and the rest is scored', async () => {
    const diagnostic = await inneHere(['score', assessment, '--price', '100']);
    assert.equal(diagnostic.status, 0, diagnostic.stderr);
    assert.equal(
      diagnostic.stderr,
      '! --price ignoré\u00a0: la grille efc-ect ne note pas le prix (essayez --framework efc-tender)\n',
    );
    assert.match(diagnostic.stdout, /Score global\u00a0: 44,4 \/ 100/);
    const list = await inneHere(['score', bids, '--lowest-price', '90000', '--lang', 'en']);
    assert.equal(list.status, 0, list.stderr);
    assert.equal(
      list.stderr,
      '! --lowest-price ignored: in a list of bids, each bid carries its own price ("price")\n',
    );
    const tender = await inneHere([
      'score',
      assessment,
      '--framework',
      'efc-tender',
      '--price',
      '9',
    ]);
    assert.doesNotMatch(tender.stderr, /ignor/);
  });

  test('--json: a score that cannot be given is still one JSON document on stdout', async () => {
    const unrankable = file('unrankable.json', [
      { id: 'alpha', price: 125000, answers: quality(3, 3, 2, 2) },
      { id: 'beta', price: 0, answers: quality(2, 2, 2, 1) },
    ]);
    const cases: [string[], number, string, RegExp][] = [
      [[unrankable], 1, 'invalid-price', /bid "beta" needs a positive price/],
      [
        [file('broken.json', '{"offer.logic":')],
        2,
        'not-json',
        /broken\.json:1:16: not readable JSON: the text ends too early/,
      ],
      [[join(dir, 'missing.json')], 2, 'not-found', /file not found/],
      [[assessment, '--framework', 'nope'], 2, 'unknown-grid', /unknown grid "nope"/],
      [[file('none.json', [])], 2, 'no-bids', /the list of bids is empty/],
      [
        [file('a-feed.json', { version: 1, projects: [] })],
        2,
        'feed-not-answers',
        /is a feed, not answers/,
      ],
    ];
    for (const [args, status, code, message] of cases) {
      const r = await inneHere(['score', ...args, '--json']);
      assert.equal(r.status, status, args.join(' '));
      const out = JSON.parse(r.stdout);
      assert.equal(out.ok, false);
      assert.equal(out.code, code, args.join(' '));
      assert.match(out.error.en, message);
      assert.ok(out.error.fr, 'in French too');
      assert.ok(Array.isArray(out.problems));
    }
    // The problems found in the file come with it: here, the price that made the ranking fail.
    const r = await inneHere(['score', unrankable, '--json']);
    assert.deepEqual(
      JSON.parse(r.stdout).problems.map((p: { path: string }) => p.path),
      ['$[1].price'],
    );
    // Answers that are no answers at all: the problems say why.
    const none = JSON.parse(
      (await inneHere(['score', file('words.json', '"hello"'), '--json'])).stdout,
    );
    assert.equal(none.ok, false);
    assert.equal(none.code, 'invalid-answers');
    assert.ok(none.problems.length > 0);
    // And a score says whether its answers were all usable.
    assert.equal(JSON.parse((await inneHere(['score', assessment, '--json'])).stdout).ok, true);
    assert.equal(JSON.parse((await inneHere(['score', bids, '--json'])).stdout).ok, true);
  });

  test('usage errors exit 2', async () => {
    assert.equal((await inneHere(['score'])).status, 2);
    assert.equal((await inneHere(['score', assessment, '--framework', 'nope'])).status, 2);
    assert.equal((await inneHere(['score', file('text.json', 'not json')])).status, 2);
    assert.equal((await inneHere(['score', assessment, '--price', 'cher'])).status, 2);
    assert.equal((await inneHere(['score', '--help'])).status, 0);
  });
});
