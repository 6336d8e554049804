import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BidError } from './bid-error.js';
import { compareAssessments } from './compare-assessments.js';
import { defineFramework, FrameworkError, validateFramework } from './define-framework.js';
import type { Framework, FrameworkDefinition } from './framework-schema.js';
import { efcEctDefinition } from './frameworks/efc-ect.js';
import { efcTenderDefinition } from './frameworks/efc-tender.js';
import { frameworkById, frameworks } from './frameworks/frameworks.js';
import { rankBids } from './rank-bids.js';
import { scoreAssessment } from './score-assessment.js';
import { scoreEcosystem } from './score-ecosystem.js';

const t = (fr: string) => ({ fr, en: fr });
const five = [0, 1, 2, 3, 4].map((l) => t(`niveau ${l}`));

describe('built-in grids', () => {
  test('efc-ect: six dimensions weighing 100, fifteen criteria with five descriptors in fr and en, six stages', () => {
    const g = frameworks.efcEct;
    assert.equal(g.id, 'efc-ect');
    assert.deepEqual(
      g.dimensions.map((d) => [d.id, d.weight, d.criteria.length]),
      [
        ['offer', 20, 3],
        ['immaterial', 15, 2],
        ['cooperation', 20, 3],
        ['territory', 15, 2],
        ['evaluation', 15, 2],
        ['governance', 15, 3],
      ],
    );
    for (const c of g.dimensions.flatMap((d) => d.criteria)) {
      assert.equal(c.levels!.length, 5);
      for (const l of [c.label, ...c.levels!])
        assert.ok(l.fr && l.en && l.fr !== '' && l.en !== '');
    }
    assert.deepEqual(
      g.stages!.map((s) => s.gate?.overall ?? 0),
      [0, 15, 35, 50, 65, 75],
    );
    assert.equal(g.stages![5]!.label.fr, 'Écosystème coopératif territorialisé formalisé');
  });

  test('efc-tender: 70 % EFC quality and 30 % price, offer criteria only, no stages', () => {
    const g = frameworks.efcTender;
    assert.equal(g.purpose, 'award');
    assert.deepEqual(
      g.dimensions.map((d) => d.weight),
      [25, 20, 15, 10, 30],
    );
    assert.ok(g.dimensions.flatMap((d) => d.criteria).every((c) => c.about === 'offer'));
    assert.equal(g.dimensions[4]!.criteria[0]!.scoring, 'lowest-price-ratio');
    assert.equal(g.stages, undefined);
  });

  test('built-ins are frozen and found by id', () => {
    assert.ok(Object.isFrozen(frameworks.efcEct.dimensions[0]!.criteria[0]!.levels));
    assert.equal(frameworkById('efc-tender'), frameworks.efcTender);
    assert.equal(frameworkById('nope'), null);
  });

  test('a built-in id is found as a person types it: any case, spaces around', () => {
    assert.equal(frameworkById('EFC-ECT'), frameworks.efcEct);
    assert.equal(frameworkById(' Efc-Tender\n'), frameworks.efcTender);
    assert.equal(frameworkById('efc tender'), null);
    assert.equal(frameworkById(''), null);
  });

  test('an unknown id is never scored with the default grid without a word', () => {
    const answers = { 'offer.logic': { level: 2 as const } };
    const message = /^expected a scoring grid, got null \(frameworkById of an unknown id\?\): pass/;
    // `null`, not `undefined`: a default parameter would take `undefined` for "the default grid".
    const typo = frameworkById('efc-tendr');
    const id: string = 'efc-tendr';
    // @ts-expect-error TypeScript, too, asks what to do when the id is unknown
    assert.throws(() => scoreAssessment(answers, frameworkById(id)), TypeError);
    const known: Framework = frameworkById('efc-tender'); // a built-in id is a grid, typed so
    assert.throws(() => scoreAssessment(answers, typo as never), { name: 'TypeError', message });
    assert.throws(() => rankBids([{ id: 'a', answers, price: 1 }], typo as never), TypeError);
    assert.throws(() => scoreEcosystem({}, typo as never), TypeError);
    const dated = { date: '2025-03-14', answers };
    assert.throws(() => compareAssessments(dated, dated, typo as never), { message });
    assert.equal(known, frameworks.efcTender);
    // Saying what to fall back on stays one expression.
    const grid = frameworkById('efc-tendr') ?? frameworks.efcEct;
    assert.equal(scoreAssessment(answers, grid).framework.id, 'efc-ect');
  });

  test('a grid left out or undefined is still the default grid', () => {
    const answers = { 'offer.logic': { level: 2 as const } };
    const options: { framework?: Framework } = {};
    // A caller passing on an optional setting of its own, with nothing set.
    const forwarded = scoreAssessment(answers, options.framework);
    assert.deepEqual(forwarded, scoreAssessment(answers));
    assert.deepEqual(forwarded, scoreAssessment(answers, undefined, {}));
    assert.equal(forwarded.framework.id, 'efc-ect');
  });

  test('the definitions are the checked grids, as data', () => {
    assert.deepEqual(defineFramework(efcEctDefinition), frameworks.efcEct);
    assert.deepEqual(defineFramework(efcTenderDefinition), frameworks.efcTender);
  });
});

describe('defineFramework: every problem listed', () => {
  test('a diagnostic grid with many problems', () => {
    const broken = {
      id: 'Broken Grid',
      version: '1',
      label: t('Cassée'),
      dimensions: [
        {
          id: 'offer',
          label: t('Offre'),
          weight: 60,
          criteria: [
            { id: 'offer.logic', label: t('Logique'), levels: five.slice(0, 4) },
            { id: 'offer.logic', label: t('Doublon'), levels: five },
          ],
        },
        {
          id: 'offer',
          label: t('Encore'),
          weight: 30,
          criteria: [{ id: 'offer.price', label: t('Prix'), scoring: 'lowest-price-ratio' }],
        },
      ],
      stages: [
        { label: t('zéro'), gate: { overall: 5 } },
        { label: t('un'), gate: { overall: 40, criteria: { 'offer.usefulEffects': 1 } } },
        { label: t('deux'), gate: { overall: 30, dimensions: { governance: 20 } } },
      ],
    } as FrameworkDefinition;
    const result = validateFramework(broken);
    assert.equal(result.ok, false);
    const codes = result.problems.map((p) => `${p.code} ${p.path}`);
    assert.deepEqual(codes.sort(), [
      'duplicate-id $.dimensions[0].criteria[1].id',
      'duplicate-id $.dimensions[1].id',
      'first-stage-gated $.stages[0].gate',
      'invalid-field $.id',
      'levels-count $.dimensions[0].criteria[0].levels',
      'price-outside-award $.dimensions[1].criteria[0].scoring',
      'thresholds-decrease $.stages[2].gate.overall',
      'unknown-criterion $.stages[1].gate.criteria["offer.usefulEffects"]',
      'unknown-dimension $.stages[2].gate.dimensions.governance',
      'weights-sum $.dimensions',
    ]);
    for (const p of result.problems) assert.ok(p.message.fr.length > 5 && p.message.en.length > 5);
    const weights = result.problems.find((p) => p.code === 'weights-sum')!;
    assert.equal(weights.message.fr, 'les poids des dimensions totalisent 90 au lieu de 100');
    assert.equal(weights.message.en, 'dimension weights add up to 90 instead of 100');
    const levels = result.problems.find((p) => p.code === 'levels-count')!;
    assert.match(levels.message.en, /must describe 5 levels \(0 to 4\), it describes 4/);
  });

  test('an award grid: bidder criteria, untagged criteria, stages, two prices', () => {
    const result = validateFramework({
      id: 'tender',
      version: '1',
      label: t('Marché'),
      purpose: 'award',
      dimensions: [
        {
          id: 'quality',
          label: t('Qualité'),
          weight: 60,
          criteria: [
            {
              id: 'quality.references',
              label: t('Références du candidat'),
              levels: five,
              about: 'bidder',
            },
            { id: 'quality.method', label: t('Méthode'), levels: five },
          ],
        },
        {
          id: 'price',
          label: t('Prix'),
          weight: 40,
          criteria: [
            {
              id: 'price.a',
              label: t('Prix A'),
              scoring: 'lowest-price-ratio',
              about: 'offer',
              levels: five,
            },
            { id: 'price.b', label: t('Prix B'), scoring: 'lowest-price-ratio', about: 'offer' },
          ],
        },
      ],
      stages: [{ label: t('zéro') }],
    });
    assert.deepEqual(result.problems.map((p) => p.code).sort(), [
      'award-with-stages',
      'bidder-in-award',
      'price-with-levels',
      'several-prices',
      'untagged-award-criterion',
    ]);
    assert.match(
      result.problems.find((p) => p.code === 'bidder-in-award')!.message.fr,
      /sélection des candidatures, pas de l’attribution/,
    );
  });

  test('fields of the wrong type are listed together with the cross-field rules', () => {
    const result = validateFramework({
      id: 'x',
      version: '1',
      label: { fr: 'X' },
      dimensions: [
        {
          id: 'a',
          label: t('A'),
          weight: '50',
          criteria: [{ id: 'a.b', label: t('B'), levels: five }],
        },
      ],
    });
    assert.deepEqual(
      result.problems.map((p) => `${p.code} ${p.path}`),
      [
        'invalid-field $.label.en',
        'invalid-field $.dimensions[0].weight',
        'weights-sum $.dimensions',
      ],
    );
  });

  test('not a grid at all', () => {
    const result = validateFramework('efc-ect');
    assert.equal(result.ok, false);
    assert.ok(result.problems.length >= 1);
  });

  test('defineFramework throws a FrameworkError carrying every problem', () => {
    try {
      defineFramework({ id: 'x', version: '1', label: t('X'), dimensions: [] });
      assert.fail('should throw');
    } catch (error) {
      assert.ok(error instanceof FrameworkError);
      assert.deepEqual(
        error.problems.map((p) => p.path),
        ['$.dimensions'],
      );
      assert.match(error.message, /Invalid scoring grid \(1 problem/);
    }
  });

  test('FrameworkError and BidError: RangeErrors with a name and a code', () => {
    const grid = () => defineFramework({ id: 'x', version: '1', label: t('X'), dimensions: [] });
    const bids = () => rankBids([{ id: 'a', answers: {}, price: 0 }], frameworks.efcTender);
    for (const [run, Class, name, code] of [
      [grid, FrameworkError, 'FrameworkError', 'invalid-framework'],
      [bids, BidError, 'BidError', 'invalid-bid'],
    ] as const) {
      assert.throws(run, (error: unknown) => {
        // instanceof of before (Error, RangeError for BidError) still holds.
        assert.ok(error instanceof Class && error instanceof RangeError && error instanceof Error);
        assert.equal(error.name, name);
        assert.equal(error.code, code);
        assert.match(String(error), new RegExp(`^${name}: `));
        assert.ok(error.problems.length > 0 && error.problems.every((p) => p.code && p.message.fr));
        return true;
      });
    }
    // A grid that is not one at all stays a TypeError: the wrong kind of argument.
    assert.throws(() => scoreAssessment({}, 'efc-ect' as never), TypeError);
    assert.throws(
      () => scoreAssessment({}, 'efc-ect' as never),
      (e) => !(e instanceof RangeError),
    );
  });

  test('a valid custom grid comes back checked and frozen', () => {
    const grid = defineFramework({
      id: 'mini',
      version: '1',
      label: t('Mini'),
      dimensions: [
        {
          id: 'offer',
          label: t('Offre'),
          weight: 100,
          criteria: [{ id: 'offer.logic', label: t('Logique'), levels: five }],
        },
      ],
    });
    assert.ok(Object.isFrozen(grid));
    assert.equal(validateFramework(grid).ok, true);
  });
});
