import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toICS } from '../calendar/to-ics.js';
import { toJsonLd } from '../json-ld/to-json-ld.js';
import { limits } from '../schema/limits.js';
import { projectSchema } from '../schema/project.js';
import { projectFacets } from '../select/project-facets.js';
import { selectProjects } from '../select/select-projects.js';
import { parseFeed } from './parse.js';
import { sampleFeed } from './sample-feed.fixture.js';

// The same words in the two forms Unicode allows: "é" as one character (NFC, what keyboards
// type) or as "e" and a combining accent (NFD, what some PDFs and macOS file names give).
const nfc = (text: string) => text.normalize('NFC');
const nfd = (text: string) => text.normalize('NFD');

describe('parseFeed: texts written decomposed', () => {
  test('count their letters, not their accents, against the length limits', () => {
    const title = 'Éco-scénographie et réemploi à Évreux. '.repeat(6).slice(0, limits.name);
    assert.equal([...title].length, limits.name);
    assert.ok([...nfd(title)].length > limits.name);
    const feed = sampleFeed();
    feed.projects[0]!.title = nfd(title);
    const { feed: read, issues } = parseFeed(feed);
    assert.deepEqual(issues, []);
    assert.equal(read?.projects[0]?.title, title.trim());
  });

  test('come out in NFC, for every reader: lists, calendars, search engines', () => {
    const feed = sampleFeed() as ReturnType<typeof sampleFeed> & Record<string, unknown>;
    Object.assign(feed.projects[0]!, {
      summary: nfd('Décors de théâtre réemployés'),
      territory: nfd('Évreux'),
      tags: [nfd('réemploi')],
      image: { src: 'https://example.org/a.jpg', alt: nfd('Décor démonté ') },
    });
    Object.assign(feed.events[0]!, { title: nfd('Café EFC à Évreux') });
    const { feed: read } = parseFeed(feed);
    assert.ok(read);
    const project = read.projects[0]!;
    for (const text of [project.summary, project.territory, project.tags![0], project.image!.alt])
      assert.equal(text, nfc(text!));
    assert.equal(project.image!.alt, 'Décor démonté');
    assert.match(toICS(read.events), /SUMMARY:Café EFC à Évreux\r\n/);
    assert.ok(JSON.stringify(toJsonLd(read)).includes('"Décors de théâtre réemployés"'));
    // The schemas given to developers read them the same way.
    const parsed = projectSchema.parse({ id: 'p', title: nfd('Réemploi') });
    assert.equal(parsed.title, 'Réemploi');
  });
});

describe('finding a territory written in the other form', () => {
  const feed = {
    projects: [
      { id: 'a', title: 'A', territory: nfd('Évreux') },
      { id: 'b', title: 'B', territory: 'Évreux' },
      { id: 'c', title: 'C', territory: 'Rouen' },
    ],
  };

  test('a visitor typing either form finds both, and the filter shows one Évreux', () => {
    for (const typed of ['Évreux', nfd('Évreux'), ' évreux ']) {
      const found = selectProjects(feed, { criteria: { territories: [typed] } });
      assert.deepEqual(
        found.map((p) => p.id),
        ['a', 'b'],
        JSON.stringify(typed),
      );
    }
    const territories = projectFacets(feed.projects).territories.values;
    assert.deepEqual(
      territories.map((t) => t.count),
      [2, 1],
    );
  });

  test('once read by parseFeed, both are the same text', () => {
    const { feed: read } = parseFeed({ version: 1, ...feed });
    assert.deepEqual(
      read?.projects.map((p) => p.territory),
      ['Évreux', 'Évreux', 'Rouen'],
    );
  });
});
