import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { frenchTypographyFaults } from '../text/french-typography.fixture.js';
import { parseFeed } from './parse.js';
import { sampleFeed, sampleFeedWith } from './sample-feed.fixture.js';

const photo = { src: 'https://example.org/photo.jpg', alt: 'Le chantier' };

describe('parseFeed: a wrong image, logo or web address of an item', () => {
  test('costs that field only: the item is kept with every other field intact', () => {
    const project = {
      id: 'eco-scenographie',
      title: 'Éco-scénographie',
      summary: 'Des décors réemployés.',
      phase: 'consolidation',
      spheres: ['se-cultiver'],
      territory: 'Rouen',
      actors: [{ actor: 'lnc', role: 'porteur' }],
      programme: "COOP'TER (ADEME)",
      started: '2024-09-01',
      tags: ['réemploi'],
    };
    const input = sampleFeed();
    input.projects[0] = {
      ...project,
      image: { src: 'images/photo.jpg', alt: 'Le chantier' },
      url: 'www.example.org/eco',
    } as (typeof input.projects)[0];
    const { feed, issues } = parseFeed(input);
    assert.equal(feed?.projects.length, sampleFeed().projects.length, 'no project left out');
    assert.deepEqual(feed?.projects[0], project);
    assert.deepEqual(
      issues.map((i) => [i.severity, i.code, i.path, i.itemId]),
      [
        ['warning', 'ignored-field', '$.projects[0].url', 'eco-scenographie'],
        ['warning', 'ignored-field', '$.projects[0].image.src', 'eco-scenographie'],
      ],
    );
    // The value, why it is wrong, and what was left out.
    assert.deepEqual(issues[1]!.message, {
      fr: '"images/photo.jpg"\u00a0: adresse web invalide\u00a0: seules les adresses https:// sont acceptées\u202f; le champ «\u00a0image\u00a0» est laissé de côté, le reste de l’élément est gardé',
      en: '"images/photo.jpg": invalid web address: only https:// addresses are accepted; the field "image" is left out, the rest of the item is kept',
    });
    assert.match(issues[0]!.message.en, /^"www\.example\.org\/eco": invalid web address/);
    for (const issue of issues) assert.deepEqual(frenchTypographyFaults(issue.message.fr), []);
  });

  test("an actor's logo and url, an event's url", () => {
    const input = sampleFeed();
    Object.assign(input.actors[1]!, { url: 'http://example.org', logo: { src: photo.src } });
    Object.assign(input.events[0]!, { url: 'ftp://example.org/pleniere' });
    const { feed, issues } = parseFeed(input);
    assert.deepEqual(feed?.actors[1], {
      id: 'lnc',
      name: 'Les Nouvelles Coordonnées',
      kind: 'scic',
    });
    const { url: _, ...event } = input.events[0]! as Record<string, unknown>;
    assert.deepEqual(feed?.events[0], event);
    assert.deepEqual(
      issues.map((i) => [i.severity, i.code, i.path]),
      [
        ['warning', 'ignored-field', '$.actors[1].url'],
        // An image without its text alternative goes whole; no value to name, the path says it.
        ['warning', 'ignored-field', '$.actors[1].logo.alt'],
        ['warning', 'ignored-field', '$.events[0].url'],
      ],
    );
    assert.equal(
      issues[1]!.message.en,
      'required field missing; the field "logo" is left out, the rest of the item is kept',
    );
  });

  test('an image that is not an object (a path alone) is left out the same way', () => {
    const { feed, issues } = parseFeed(
      sampleFeedWith('projects', 2, { image: 'images/photo.jpg' }),
    );
    assert.deepEqual(feed?.projects[2], { id: 'vie-des-sols', title: 'Vie des sols' });
    assert.deepEqual(
      issues.map((i) => [i.severity, i.code, i.path]),
      [['warning', 'ignored-field', '$.projects[2].image']],
    );
    assert.match(issues[0]!.message.fr, /^"images\/photo\.jpg"\u00a0: valeur attendue/);
  });

  test('a date or a title at fault still costs the item, its image reported with it', () => {
    for (const [patch, path] of [
      [{ started: '06/11/2025' }, '$.projects[0].started'],
      [{ title: '' }, '$.projects[0].title'],
    ] as const) {
      const { feed, issues } = parseFeed(
        sampleFeedWith('projects', 0, { ...patch, image: { ...photo, src: 'photo.jpg' } }),
      );
      assert.deepEqual(
        feed?.projects.map((p) => p.id),
        ['autopartage', 'vie-des-sols'],
      );
      const own = issues.filter((i) => i.itemId === 'eco-scenographie');
      assert.deepEqual(
        own.map((i) => [i.severity, i.code, i.path]).sort(),
        [
          ['error', 'invalid-field', '$.projects[0].image.src'],
          ['error', 'invalid-field', path],
        ].sort(),
      );
    }
  });

  test("an event's end, or an address to register or join, still costs the event", () => {
    for (const patch of [
      { end: '2025-11-06 20:00', url: 'http://example.org' },
      { registrationUrl: 'http://example.org/inscription' },
      { onlineUrl: 'visio.example.org' },
    ]) {
      const { feed, issues } = parseFeed(sampleFeedWith('events', 0, patch));
      assert.deepEqual(feed?.events, [], JSON.stringify(patch));
      assert.ok(issues.length > 0 && issues.every((i) => i.severity === 'error'));
    }
  });

  test('a valid image and url are kept as they are', () => {
    const { feed, issues } = parseFeed(
      sampleFeedWith('projects', 0, { image: photo, url: 'https://example.org/eco' }),
    );
    assert.deepEqual(issues, []);
    assert.deepEqual(feed?.projects[0]?.image, photo);
    assert.equal(feed?.projects[0]?.url, 'https://example.org/eco');
  });
});
