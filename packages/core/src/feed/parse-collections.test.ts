import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collectionNames } from '../schema/collection-names.js';
import {
  actorsReader,
  assessmentsReader,
  collectionReaders,
  eventsReader,
  membershipReader,
  projectsReader,
} from './collection-readers.js';
import type { FeedIssue } from './issue.js';
import { parseCollections, parseFeed } from './parse.js';
import { sampleFeed } from './sample-feed.fixture.js';

const where = (issues: FeedIssue[]) => issues.map((i) => `${i.code} ${i.path}`);

/** The sample feed with a broken item or a dangling reference in every collection. */
function brokenEverywhere() {
  const feed = sampleFeed();
  feed.actors.push({ id: 'Bad Id', name: 'x', kind: 'commune', member: true });
  feed.projects[0]!.actors = [
    { actor: 'ghost', role: 'partenaire' },
    { actor: 'lnc', role: 'porteur' },
  ];
  feed.events[0]!.end = '2025-11-05T18:00:00+01:00';
  feed.links[0]!.to = 'nobody';
  feed.membership[0]!.opens = '2026-01-01';
  feed.assessments[0]!.subject.id = 'unknown-project';
  return feed;
}

describe('parseFeed: collections', () => {
  test('reads, keeps and reports only the collections asked, the envelope always', () => {
    const { feed, issues } = parseFeed(brokenEverywhere(), {
      collections: ['projects', 'actors', 'assessments'],
    });
    assert.ok(feed);
    assert.equal(feed.publisher?.name, 'Club Inné');
    assert.equal(feed.updatedAt, '2025-11-20T10:00:00+01:00');
    assert.deepEqual(
      collectionNames.map((n) => feed[n].length),
      [2, 3, 0, 0, 0, 1],
    );
    assert.deepEqual(where(issues), [
      'invalid-field $.actors[2].id',
      'dangling-reference $.projects[0].actors[0].actor',
      'dangling-reference $.assessments[0].subject.id',
    ]);
    assert.deepEqual(feed.projects[0]?.actors, [{ actor: 'lnc', role: 'porteur' }]);
  });

  test('each collection alone: what the whole read says of it, but references, all unchecked', () => {
    const whole = parseFeed(brokenEverywhere());
    for (const name of collectionNames) {
      const { feed, issues } = parseFeed(brokenEverywhere(), { collections: [name] });
      assert.ok(feed);
      for (const other of collectionNames)
        if (other !== name) assert.deepEqual(feed[other], [], `${name}: ${other}`);
      const own = whole.issues.filter(
        (i) => i.collection === name && i.code !== 'dangling-reference',
      );
      assert.deepEqual(issues, own, name);
    }
  });

  test('a reference into a collection not read is kept unchecked', () => {
    const input = brokenEverywhere();
    const projects = parseFeed(input, { collections: ['projects'] }).feed!;
    assert.deepEqual(projects.projects[0]?.actors, [
      { actor: 'ghost', role: 'partenaire' },
      { actor: 'lnc', role: 'porteur' },
    ]);
    const events = parseFeed(sampleFeed(), { collections: ['events', 'actors'] }).feed!;
    assert.deepEqual(events.events[0]?.projects, ['eco-scenographie']);
    const links = parseFeed(input, { collections: ['links'] });
    assert.equal(links.feed?.links.length, 1);
    assert.deepEqual(links.issues, []);
  });

  test('order and repeats of the names do not matter; every collection is the default', () => {
    const input = brokenEverywhere();
    assert.deepEqual(
      parseFeed(input, { collections: ['assessments', 'actors', 'projects', 'actors'] }),
      parseFeed(input, { collections: ['actors', 'projects', 'assessments'] }),
    );
    assert.deepEqual(parseFeed(input, { collections: [...collectionNames] }), parseFeed(input));
  });

  test('a name that is not a collection is a TypeError naming it, never an empty read', () => {
    const wrong = (collections: unknown) => () =>
      parseFeed(sampleFeed(), { collections } as { collections: ['projects'] });
    assert.throws(wrong(['project']), {
      name: 'TypeError',
      message:
        'parseFeed: unknown collection "project" in options.collections; the collections are actors, projects, events, links, membership, assessments',
    });
    assert.throws(wrong('projects'), { name: 'TypeError', message: /must be a list/ });
    assert.throws(wrong(['toString']), { message: /unknown collection "toString"/ });
    // No options at all, however a JavaScript caller says it.
    assert.deepEqual(parseFeed(sampleFeed(), null), parseFeed(sampleFeed()));
  });

  test('no collection: the envelope only, and a failure is still a failure', () => {
    const { feed, issues } = parseFeed(sampleFeed(), { collections: [] });
    assert.deepEqual(issues, []);
    assert.deepEqual(
      collectionNames.map((n) => feed?.[n].length),
      [0, 0, 0, 0, 0, 0],
    );
    assert.deepEqual(where(parseFeed('<html>', { collections: ['projects'] }).issues), [
      'not-json $',
    ]);
    // A feed without "version" is still recognised by a collection the reader skips.
    const { issues: noVersion } = parseFeed(
      { events: sampleFeed().events },
      { collections: ['projects'] },
    );
    assert.deepEqual(where(noVersion), ['missing-version $.version']);
  });
});

describe('parseCollections', () => {
  test('with readers, the same result as parseFeed with their names', () => {
    const input = JSON.stringify(brokenEverywhere());
    assert.deepEqual(
      parseCollections(input, [projectsReader, actorsReader, assessmentsReader]),
      parseFeed(input, { collections: ['projects', 'actors', 'assessments'] }),
    );
    assert.deepEqual(parseCollections(input, Object.values(collectionReaders)), parseFeed(input));
  });

  test('rules across fields come with their collection’s reader', () => {
    const input = brokenEverywhere();
    assert.deepEqual(where(parseCollections(input, [eventsReader]).issues), [
      'end-before-start $.events[0].end',
    ]);
    assert.deepEqual(where(parseCollections(input, [membershipReader]).issues), [
      'deadline-before-opening $.membership[0].deadline',
    ]);
  });

  test('options other than collections apply', () => {
    const { feed, issues } = parseCollections(sampleFeed(), [projectsReader], { maxItems: 1 });
    assert.equal(feed?.projects.length, 1);
    assert.deepEqual(where(issues), ['too-many-items $.projects']);
  });
});
