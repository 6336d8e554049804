import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { efcEct } from './frameworks/efc-ect.js';
import { efcTender } from './frameworks/efc-tender.js';
import { BidError } from './bid-error.js';
import { rankBids } from './rank-bids.js';
import { scoreAssessment } from './score-assessment.js';
import type { Bid } from './rank-bids.js';

const levels = (u: number, e: number, p: number, c: number) => ({
  'usage.performance': { level: u as 0 },
  'effects.usefulEffects': { level: e as 0 },
  'evaluation.plan': { level: p as 0 },
  'coConstruction.territory': { level: c as 0 },
});

// Three bids hand-computed: quality points = 25·u/4 + 20·e/4 + 15·p/4 + 10·c/4, price
// points = 30 · 100 000 / price.
const bids: Bid[] = [
  { id: 'a', label: 'Alpha', answers: levels(3, 3, 2, 2), price: 125_000 }, // 18.75+15+7.5+5 = 46.25 + 24 = 70.25
  { id: 'b', label: 'Beta', answers: levels(2, 2, 2, 1), price: 100_000 }, // 12.5+10+7.5+2.5 = 32.5 + 30 = 62.5
  { id: 'c', label: 'Gamma', answers: levels(4, 3, 3, 3), price: 160_000 }, // 25+15+11.25+7.5 = 58.75 + 18.75 = 77.5
];

describe('rankBids', () => {
  test('ranks by total, with points per criterion per bid', () => {
    const r = rankBids(bids, efcTender);
    assert.equal(r.lowestPrice, 100_000);
    assert.deepEqual(
      r.ranking.map((b) => [b.rank, b.id, b.total]),
      [
        [1, 'c', 77.5],
        [2, 'a', 70.25],
        [3, 'b', 62.5],
      ],
    );
    assert.deepEqual(r.ranking[1]!.points, {
      'usage.performance': 18.75,
      'effects.usefulEffects': 15,
      'evaluation.plan': 7.5,
      'coConstruction.territory': 5,
      'price.amount': 24,
    });
    assert.deepEqual(
      r.criteria.map((c) => c.maxPoints),
      [25, 20, 15, 10, 30],
    );
  });

  test('each bid gets a sentence that justifies its rank', () => {
    const r = rankBids(bids, efcTender);
    assert.equal(
      r.ranking[1]!.justification.fr,
      'Alpha\u00a0: 2e sur 3, 70,25 points sur 100 — Performance d’usage et engagement sur les résultats 18,75/25\u202f; Effets utiles et externalités 15/20\u202f; Plan d’évaluation et de reporting 7,5/15\u202f; Co-construction avec les acteurs du territoire 5/10\u202f; Prix 24/30.',
    );
    assert.match(r.ranking[0]!.justification.en, /^Gamma: 1st of 3, 77\.5 points out of 100 — /);
  });

  test('equal totals share a rank, listed by price then id', () => {
    const tied: Bid[] = [
      { id: 'z', answers: levels(4, 0, 0, 0), price: 100_000 }, // 25 + 30 = 55
      { id: 'y', answers: levels(0, 4, 0, 2), price: 100_000 }, // 20 + 5 + 30 = 55
      { id: 'x', answers: levels(0, 0, 0, 0), price: 100_000 }, // 30
    ];
    const r = rankBids(tied, efcTender);
    assert.deepEqual(
      r.ranking.map((b) => [b.rank, b.id, b.tiedWith]),
      [
        [1, 'y', ['z']],
        [1, 'z', ['y']],
        [3, 'x', []],
      ],
    );
    assert.match(r.ranking[0]!.justification.fr, /1er sur 3 \(ex aequo avec z\)/);
  });

  test('the ranking does not depend on the order the bids are given in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(bids, { minLength: 3, maxLength: 3 }), (order) => {
        assert.deepEqual(
          rankBids(order, efcTender).ranking.map((b) => b.id),
          ['c', 'a', 'b'],
        );
      }),
    );
  });

  test('bad input is refused with every problem', () => {
    assert.throws(() => rankBids(bids, efcEct), /award grid/);
    assert.throws(
      () =>
        rankBids(
          [
            { id: 'a', answers: { 'usage.performance': { level: 'na' } } },
            { id: 'a', answers: {}, price: 1 },
          ],
          efcTender,
        ),
      (e: Error) =>
        /needs a positive price/.test(e.message) &&
        /listed twice/.test(e.message) &&
        /with na/.test(e.message),
    );
  });

  test('each problem is named by code and bid, and worded in French too', () => {
    const refused = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        assert.ok(error instanceof BidError && error instanceof RangeError);
        return error;
      }
      assert.fail('expected a BidError');
    };
    const e = refused(() =>
      rankBids(
        [
          { id: 'a', answers: {}, price: 1 },
          { id: 'a', answers: {}, price: 1 },
        ],
        efcTender,
      ),
    );
    assert.deepEqual(
      e.problems.map((p) => [p.code, p.bid]),
      [['duplicate-bid', 'a']],
    );
    assert.equal(
      e.text('fr'),
      'Impossible de classer ces offres\u00a0:\n  l’offre «\u00a0a\u00a0» figure deux fois',
    );
    const grid = refused(() => rankBids(bids, efcEct));
    assert.equal(grid.problems[0]!.code, 'not-an-award-grid');
    assert.match(grid.text('fr'), /^«\u00a0efc-ect\u00a0» est une grille de diagnostic/);
  });

  test('no bids, no ranking', () => {
    assert.deepEqual(rankBids([], efcTender).ranking, []);
  });
});

test('rankBids given something other than bids says what it expects', () => {
  for (const input of [null, {}, [{ id: 'a' }], [null], [{ id: 'a', answers: null }]])
    assert.throws(() => rankBids(input as never, efcTender), {
      name: 'TypeError',
      message: 'rankBids: expected a list of bids, each { id, answers, price? }',
    });
});

test('a grid left out or given by its id is a TypeError that says what to pass', () => {
  const bids: Bid[] = [{ id: 'a', answers: {}, price: 1 }];
  for (const [grid, got] of [
    [undefined, 'undefined'],
    ['efc-tender', 'efc-tender'],
    [null, 'null (frameworkById of an unknown id?)'],
  ]) {
    assert.throws(() => rankBids(bids, grid as never), {
      name: 'TypeError',
      message: `expected a scoring grid, got ${got}: pass frameworks.efcEct, frameworks.efcTender, frameworkById(id) or a grid from defineFramework`,
    });
  }
  assert.throws(() => scoreAssessment({}, 'efc-tender' as never), TypeError);
});
