import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { frenchTypographyFaults } from '../text/french-typography.fixture.js';
import { editDistance, nearId, withNearId } from './near-id.js';
import { parseFeed } from './parse.js';
import { sampleFeed } from './sample-feed.fixture.js';

/** The messages of `parseFeed(input)`'s issues, each with the id it likely meant. */
function messages(input: ReturnType<typeof sampleFeed>) {
  const { feed, issues } = parseFeed(input);
  return issues.map((issue) => withNearId(issue, input, feed));
}

describe('editDistance', () => {
  test('counts a letter added, removed, replaced, or two swapped as one edit', () => {
    assert.equal(editDistance('ville-exemple', 'ville-exemple'), 0);
    assert.equal(editDistance('ville-exempel', 'ville-exemple'), 1); // swapped
    assert.equal(editDistance('ville-exempe', 'ville-exemple'), 1); // removed
    assert.equal(editDistance('ville-exemplee', 'ville-exemple'), 1); // added
    assert.equal(editDistance('ville-exomple', 'ville-exemple'), 1); // replaced
    assert.equal(editDistance('vile-exempel', 'ville-exemple'), 2);
    assert.equal(editDistance('lnc', 'malaunay'), 3, 'more than two: stops at three');
    assert.equal(editDistance('', 'ab'), 2);
    // A long start or end in common, as ids of one feed have.
    assert.equal(editDistance('commune-de-normandie-12', 'commune-de-normandie-21'), 1);
    assert.equal(editDistance('commune-de-normandie-1', 'commune-de-normandie-123'), 2);
    assert.equal(editDistance('aab-commune', 'aba-commune'), 1);
  });
});

describe('nearId', () => {
  test('the one id one or two edits away, and no guess when two are', () => {
    assert.equal(nearId('malaunai', ['lnc', 'malaunay']), 'malaunay');
    assert.equal(nearId('lnc2', ['lnc', 'lnc3']), undefined, 'two ids as close: no guess');
    assert.equal(nearId('lnc', ['lnc']), undefined, 'an id of the feed is no typo');
    assert.equal(nearId('nobody', ['lnc', 'malaunay']), undefined);
  });
});

describe('withNearId: a reference to an id the feed does not have', () => {
  test("a project's actor with a typo: the id it likely meant, in French and English", () => {
    const input = sampleFeed();
    input.projects[0]!.actors = [{ actor: 'malaunai', role: 'porteur' }];
    const [issue] = messages(input);
    assert.equal(issue?.path, '$.projects[0].actors[0].actor');
    assert.deepEqual(issue?.message, {
      fr: 'référence à «\u00a0malaunai\u00a0», absent du flux\u00a0: ignorée\u202f; vouliez-vous dire «\u00a0malaunay\u00a0»\u202f?',
      en: 'reference to "malaunai", which is not in the feed: ignored; did you mean "malaunay"?',
    });
    assert.deepEqual(frenchTypographyFaults(issue!.message.fr), []);
  });

  test('looks in the collection referred to: actors, projects, an assessment subject by its type', () => {
    const input = sampleFeed();
    input.events[0]!.organizers = ['lnc', 'vie-des-sols'];
    input.events[0]!.projects = ['vie-des-sol'];
    input.links[0]!.to = 'lmc';
    input.assessments[0]!.subject = { type: 'project', id: 'autopartages' };
    assert.deepEqual(
      messages(input).map((i) => [i.path, i.message.en.match(/did you mean "(.*)"/)?.[1]]),
      [
        // A project's id written as an organizer: no actor is close.
        ['$.events[0].organizers[1]', undefined],
        ['$.events[0].projects[0]', 'vie-des-sols'],
        ['$.links[0].to', 'lnc'],
        ['$.assessments[0].subject.id', 'autopartage'],
      ],
    );
  });

  test('a feed with no close id, or two, gets no guess; other issues stay as they are', () => {
    const input = sampleFeed();
    input.actors.push({ id: 'lnd', name: 'LND', kind: 'scic', member: false });
    input.projects[0]!.actors = [{ actor: 'lnx', role: 'porteur' }];
    input.events[0]!.organizers = ['personne'];
    const { feed, issues } = parseFeed(input);
    assert.equal(issues.length, 2);
    for (const issue of issues) assert.equal(withNearId(issue, input, feed), issue);
  });

  test('a reference that is not an id keeps the id meant by its name, and no second guess', () => {
    const input = sampleFeed();
    input.projects[0]!.actors = [{ actor: 'Ville de Malaunay', role: 'porteur' }];
    const [issue] = messages(input);
    assert.equal(issue?.message.en.match(/did you mean/g)?.length, 1, issue?.message.en);
  });
});
