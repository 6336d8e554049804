import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFeed } from './parse.js';
import { sampleFeed, sampleFeedWith } from './sample-feed.fixture.js';

const summary = (input: unknown) =>
  parseFeed(input).issues.map((i) => [i.severity, i.code, i.path, i.itemId]);

// A publisher who writes an actor's name where its id goes ("Malaunay", "Club Inné") must not
// lose the project from every partner's page: the reference goes, as a dangling one does.
describe('parseFeed: a reference that is not an id', () => {
  test("a project's actor: the entry is dropped with a warning naming the id meant", () => {
    const input = sampleFeedWith('projects', 0, {
      actors: [
        { actor: 'Malaunay', role: 'partenaire' },
        { actor: 'lnc', role: 'porteur' },
      ],
    });
    const { feed, issues } = parseFeed(input);
    assert.deepEqual(
      feed?.projects.map((p) => p.id),
      sampleFeed().projects.map((p) => p.id),
      'no project left out',
    );
    assert.deepEqual(feed?.projects[0]?.actors, [{ actor: 'lnc', role: 'porteur' }]);
    assert.deepEqual(issues, [
      {
        severity: 'warning',
        code: 'dangling-reference',
        path: '$.projects[0].actors[0].actor',
        collection: 'projects',
        itemId: 'eco-scenographie',
        message: {
          fr: '"Malaunay"\u00a0: identifiant invalide\u00a0: lettres minuscules, chiffres et tirets (ex. champ-des-possibles)\u202f; référence ignorée\u202f; vouliez-vous dire «\u00a0malaunay\u00a0»\u202f?',
          en: '"Malaunay": invalid id: lowercase letters, digits and dashes (e.g. champ-des-possibles); reference ignored; did you mean "malaunay"?',
        },
      },
    ]);
  });

  test('the id meant is found by name too, accents and spaces aside', () => {
    const input = sampleFeedWith('events', 0, {
      organizers: ['Les Nouvelles Coordonnées', 'lnc'],
      projects: ['Éco-Scénographie'],
    });
    const { feed, issues } = parseFeed(input);
    assert.deepEqual(feed?.events[0]?.organizers, ['lnc']);
    assert.deepEqual(feed?.events[0]?.projects, []);
    assert.deepEqual(
      issues.map((i) => [i.severity, i.code, i.path, i.message.en]),
      [
        [
          'warning',
          'dangling-reference',
          '$.events[0].organizers[0]',
          '"Les Nouvelles Coordonnées": invalid id: lowercase letters, digits and dashes (e.g. champ-des-possibles); reference ignored; did you mean "lnc"?',
        ],
        [
          'warning',
          'dangling-reference',
          '$.events[0].projects[0]',
          '"Éco-Scénographie": invalid id: lowercase letters, digits and dashes (e.g. champ-des-possibles); reference ignored; did you mean "eco-scenographie"?',
        ],
      ],
    );
  });

  test('with nothing alike in the feed, no id is suggested', () => {
    const { issues } = parseFeed(sampleFeedWith('links', 0, { project: 'Projet X' }));
    assert.deepEqual(
      issues.map((i) => [i.severity, i.path, i.message.fr]),
      [
        [
          'warning',
          '$.links[0].project',
          '"Projet X"\u00a0: identifiant invalide\u00a0: lettres minuscules, chiffres et tirets (ex. champ-des-possibles)\u202f; référence ignorée',
        ],
      ],
    );
    assert.deepEqual(parseFeed(sampleFeedWith('links', 0, { project: 'Projet X' })).feed?.links, [
      { id: 'malaunay-lnc', from: 'malaunay', to: 'lnc', intensity: 2 },
    ]);
  });

  test('a link without a true end is still left out, with the id meant', () => {
    const input = sampleFeedWith('links', 0, { from: 'Ville de Malaunay' });
    const { feed, issues } = parseFeed(input);
    assert.deepEqual(feed?.links, []);
    assert.deepEqual(summary(input), [
      ['error', 'invalid-field', '$.links[0].from', 'malaunay-lnc'],
    ]);
    assert.equal(
      issues[0]?.message.en,
      'invalid id: lowercase letters, digits and dashes (e.g. champ-des-possibles); did you mean "malaunay"?',
    );
  });

  test("an assessment's subject is still required: left out, with the id meant", () => {
    const input = sampleFeedWith('assessments', 0, { subject: { type: 'actor', id: 'LNC' } });
    assert.deepEqual(parseFeed(input).feed?.assessments, []);
    assert.deepEqual(summary(input), [
      ['error', 'invalid-field', '$.assessments[0].subject.id', 'eco-scenographie-2025'],
    ]);
    assert.match(
      parseFeed(input).issues[0]!.message.fr,
      /vouliez-vous dire «\u00a0lnc\u00a0»\u202f\?$/,
    );
  });

  test('with anything else wrong, the item is left out as before, the id meant still said', () => {
    const input = sampleFeedWith('projects', 0, {
      phase: 'finie',
      actors: [{ actor: 'LNC', role: 'porteur' }],
    });
    const { feed, issues } = parseFeed(input);
    assert.equal(feed?.projects.length, sampleFeed().projects.length - 1);
    const own = issues.filter((i) => i.collection === 'projects');
    assert.deepEqual(
      own.map((i) => [i.severity, i.code, i.path]),
      [
        ['error', 'invalid-field', '$.projects[0].phase'],
        ['error', 'invalid-field', '$.projects[0].actors[0].actor'],
      ],
    );
    assert.match(own[1]!.message.en, /^invalid id: .*; did you mean "lnc"\?$/);
  });

  test('with unknown words and dangling references of the same item, all are dropped', () => {
    const input = sampleFeedWith('projects', 0, {
      spheres: ['se-cultiver', 'culture'],
      actors: [
        { actor: 'ghost', role: 'partenaire' },
        { actor: 'Malaunay', role: 'porteur' },
        { actor: 'N’importe qui'.repeat(10), role: 'porteur' },
        { actor: 'lnc', role: 'porteur' },
      ],
    });
    const { feed } = parseFeed(input);
    assert.deepEqual(feed?.projects[0]?.spheres, ['se-cultiver']);
    assert.deepEqual(feed?.projects[0]?.actors, [{ actor: 'lnc', role: 'porteur' }]);
    assert.deepEqual(
      summary(input).map(([severity, code, path]) => [severity, code, path]),
      [
        ['warning', 'unknown-value', '$.projects[0].spheres[1]'],
        ['warning', 'dangling-reference', '$.projects[0].actors[1].actor'],
        // Too long and not an id: two problems of one field, one issue, one entry dropped.
        ['warning', 'dangling-reference', '$.projects[0].actors[2].actor'],
        ['warning', 'dangling-reference', '$.projects[0].actors[0].actor'],
      ],
    );
  });

  test('a missing reference, or one that is not a text, still leaves the item out', () => {
    for (const actor of [undefined, 42, null]) {
      const input = sampleFeedWith('projects', 0, { actors: [{ actor, role: 'porteur' }] });
      // (What referred to the project left out now dangles: not ours here.)
      assert.deepEqual(
        summary(input).filter(([, code]) => code === 'invalid-field'),
        [['error', 'invalid-field', '$.projects[0].actors[0].actor', 'eco-scenographie']],
      );
    }
  });

  test('what parseFeed keeps is a clean feed: read again, it has nothing to say', () => {
    const input = sampleFeedWith('projects', 0, { actors: [{ actor: 'LNC', role: 'porteur' }] });
    const { feed } = parseFeed(input);
    assert.deepEqual(parseFeed(feed).issues, []);
  });
});
