import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAnswers } from './parse-answers.js';

describe('parseAnswers', () => {
  test('a bare answers object', () => {
    const r = parseAnswers({ 'offer.logic': { level: 2, evidence: 'document' } });
    assert.deepEqual(r, {
      answers: { 'offer.logic': { level: 2, evidence: 'document' } },
      problems: [],
    });
  });

  test('an assessment or a saved file: answers with their grid, date and prices', () => {
    const r = parseAnswers(
      JSON.stringify({
        id: 'a1',
        subject: { type: 'project', id: 'p1' },
        framework: 'efc-tender',
        date: '2025-03-14',
        price: 120000,
        lowestPrice: 100000,
        answers: { 'usage.performance': { level: 3 } },
      }),
    );
    assert.deepEqual(r.answers, { 'usage.performance': { level: 3 } });
    assert.deepEqual(
      [r.framework, r.date, r.price, r.lowestPrice],
      ['efc-tender', '2025-03-14', 120000, 100000],
    );
    assert.deepEqual(r.problems, []);
  });

  test('an invalid answer is left out and reported; the others stay', () => {
    const r = parseAnswers({
      answers: {
        'offer.logic': { level: 5 },
        'offer.usefulEffects': { level: 1, evidence: 'rumour' },
        'Offer Logic': { level: 1 },
        'offer.decoupling': { level: 'na' },
      },
      date: 'hier',
    });
    assert.deepEqual(r.answers, { 'offer.decoupling': { level: 'na' } });
    assert.deepEqual(
      r.problems.map((p) => [p.severity, p.path]),
      [
        ['error', '$.answers["offer.logic"].level'],
        ['error', '$.answers["offer.usefulEffects"].evidence'],
        ['error', '$.answers["Offer Logic"]'],
        ['warning', '$.date'],
      ],
    );
    assert.match(r.problems[0]!.message.fr, /niveau attendu\u00a0: 0, 1, 2, 3, 4 ou "na"/);
  });

  test('a text that is not JSON: French does not switch to the engine’s English reason', () => {
    const [problem] = parseAnswers('{ not json').problems;
    assert.equal(problem!.message.fr, 'ce n’est pas du JSON lisible');
    assert.match(problem!.message.en, /^this is not readable JSON \(.*JSON.*\)$/);
  });

  test('a date that does not exist is named as such; a wrong format with the date to write', () => {
    const dateWarning = (date: string) =>
      parseAnswers({ answers: {}, date }).problems.map((p) => [p.path, p.message]);
    assert.deepEqual(dateWarning('2025-02-30'), [
      [
        '$.date',
        {
          fr: 'cette date n’existe pas\u00a0: ignoré',
          en: 'this date does not exist: ignored',
        },
      ],
    ]);
    assert.deepEqual(dateWarning('14/03/2025'), [
      [
        '$.date',
        {
          fr: 'date attendue au format AAAA-MM-JJ\u00a0: écrivez 2025-03-14 pour le 14/03/2025\u00a0: ignoré',
          en: 'date expected as YYYY-MM-DD: write 2025-03-14 for 14/03/2025 (day/month/year): ignored',
        },
      ],
    ]);
    assert.deepEqual(dateWarning('14 mars 2025'), [
      [
        '$.date',
        {
          fr: 'date attendue au format AAAA-MM-JJ (ex. 2025-11-06)\u00a0: ignoré',
          en: 'date expected as YYYY-MM-DD (e.g. 2025-11-06): ignored',
        },
      ],
    ]);
    assert.equal(parseAnswers({ answers: {}, date: '2024-02-29' }).date, '2024-02-29');
  });

  test('not answers at all', () => {
    assert.equal(parseAnswers('{ nope').answers, null);
    assert.equal(parseAnswers([1, 2]).answers, null);
    assert.match(parseAnswers(42).problems[0]!.message.en, /answers are expected/);
  });
});
