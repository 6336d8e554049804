import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFeed } from './parse.js';
import { sampleFeed, sampleFeedWith } from './sample-feed.fixture.js';

const summary = (input: unknown) =>
  parseFeed(input).issues.map((i) => [i.severity, i.code, i.path, i.itemId]);

describe('parseFeed: references between items', () => {
  test('an unknown actor of a project is dropped with a warning, the project stays', () => {
    const input = sampleFeedWith('projects', 0, {
      actors: [
        { actor: 'ghost', role: 'partenaire' },
        { actor: 'lnc', role: 'porteur' },
      ],
    });
    const { feed, issues } = parseFeed(input);
    assert.deepEqual(feed?.projects[0]?.actors, [{ actor: 'lnc', role: 'porteur' }]);
    assert.deepEqual(issues, [
      {
        severity: 'warning',
        code: 'dangling-reference',
        path: '$.projects[0].actors[0].actor',
        collection: 'projects',
        itemId: 'eco-scenographie',
        message: {
          fr: 'référence à «\u00a0ghost\u00a0», absent du flux\u00a0: ignorée',
          en: 'reference to "ghost", which is not in the feed: ignored',
        },
      },
    ]);
  });

  test("an event's unknown organizer or project is dropped with a warning", () => {
    const input = sampleFeedWith('events', 0, {
      organizers: ['lnc', 'ghost'],
      projects: ['nothing', 'eco-scenographie'],
    });
    assert.deepEqual(summary(input), [
      ['warning', 'dangling-reference', '$.events[0].organizers[1]', 'pleniere'],
      ['warning', 'dangling-reference', '$.events[0].projects[0]', 'pleniere'],
    ]);
    const event = parseFeed(input).feed?.events[0];
    assert.deepEqual(event?.organizers, ['lnc']);
    assert.deepEqual(event?.projects, ['eco-scenographie']);
  });

  test('a link with an unknown end is left out: a cooperation needs both partners', () => {
    const from = sampleFeedWith('links', 0, { from: 'ghost' });
    assert.deepEqual(summary(from), [
      ['error', 'dangling-reference', '$.links[0].from', 'malaunay-lnc'],
    ]);
    assert.deepEqual(parseFeed(from).feed?.links, []);
    const to = sampleFeedWith('links', 0, { to: 'ghost' });
    assert.deepEqual(summary(to), [
      ['error', 'dangling-reference', '$.links[0].to', 'malaunay-lnc'],
    ]);
  });

  test("a link's unknown project is dropped with a warning, the link stays", () => {
    const input = sampleFeedWith('links', 0, { project: 'ghost' });
    assert.deepEqual(summary(input), [
      ['warning', 'dangling-reference', '$.links[0].project', 'malaunay-lnc'],
    ]);
    assert.deepEqual(parseFeed(input).feed?.links[0], {
      id: 'malaunay-lnc',
      from: 'malaunay',
      to: 'lnc',
      intensity: 2,
    });
  });

  test('an assessment of an unknown subject is kept with a warning', () => {
    const input = sampleFeedWith('assessments', 0, {
      subject: { type: 'actor', id: 'eco-scenographie' },
    });
    assert.deepEqual(summary(input), [
      ['warning', 'dangling-reference', '$.assessments[0].subject.id', 'eco-scenographie-2025'],
    ]);
    assert.equal(parseFeed(input).feed?.assessments.length, 1);
  });

  test('paths point into the input, even after invalid items were left out', () => {
    const input = sampleFeed();
    input.events.unshift({ id: 'broken' } as (typeof input.events)[0]);
    input.events[1]!.organizers = ['ghost'];
    assert.deepEqual(
      summary(input).map(([, code, path]) => [code, path]),
      [
        ['invalid-field', '$.events[0].title'],
        ['invalid-field', '$.events[0].kind'],
        ['invalid-field', '$.events[0].start'],
        ['dangling-reference', '$.events[1].organizers[0]'],
      ],
    );
  });

  test('a reference to an item left out for being invalid is dangling too', () => {
    const input = sampleFeedWith('actors', 1, { kind: 'troupe' });
    assert.deepEqual(
      summary(input).map(([severity, code, path]) => [severity, code, path]),
      [
        ['error', 'invalid-field', '$.actors[1].kind'],
        ['warning', 'dangling-reference', '$.projects[0].actors[0].actor'],
        ['warning', 'dangling-reference', '$.events[0].organizers[0]'],
        ['error', 'dangling-reference', '$.links[0].to'],
      ],
    );
  });
});
