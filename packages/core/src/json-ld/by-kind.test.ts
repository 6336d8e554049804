import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFeed } from '../feed/parse.js';
import { sampleFeed } from '../feed/sample-feed.fixture.js';
import { campaignToJsonLd, eventsToJsonLd, projectToJsonLd, projectsToJsonLd } from './by-kind.js';
import { toJsonLd } from './to-json-ld.js';
import type { JsonLdDocument, JsonLdNode } from './types.js';

const graph = (doc: JsonLdDocument) => (doc as { '@graph'?: JsonLdNode[] })['@graph'];
const feed = parseFeed(sampleFeed()).feed!;
const options = { feed, base: 'https://example.org/reseau', locale: 'en' as const };

describe('JSON-LD by kind of item', () => {
  test('projects: the same nodes as toJsonLd gives for each, in one @graph', () => {
    const doc = projectsToJsonLd(feed.projects, options);
    assert.equal(doc['@context'], 'https://schema.org');
    assert.deepEqual(
      graph(doc),
      feed.projects.map((p) => {
        const { '@context': _, ...node } = toJsonLd(p, options) as JsonLdNode;
        return node;
      }),
    );
    assert.ok(graph(doc)!.length > 0);
    assert.ok(graph(doc)!.every((n) => n['@type'] === 'Project'));
  });

  test('one project: exactly what toJsonLd gives, a lone node with the context', () => {
    for (const project of feed.projects) {
      const doc = projectToJsonLd(project, options);
      assert.deepEqual(doc, toJsonLd(project, options));
      assert.equal(graph(doc), undefined);
      assert.equal((doc as JsonLdNode)['@type'], 'Project');
    }
  });

  test('events: the same nodes as toJsonLd, in one @graph, even for one event', () => {
    const [first] = feed.events;
    const doc = eventsToJsonLd([first!], options);
    const { '@context': _, ...node } = toJsonLd(first!, options) as JsonLdNode;
    assert.deepEqual(graph(doc), [node]);
  });

  test('a campaign: exactly what toJsonLd gives', () => {
    for (const campaign of feed.membership)
      assert.deepEqual(campaignToJsonLd(campaign, options), toJsonLd(campaign, options));
  });

  test('nothing to show: an empty @graph', () => {
    assert.deepEqual(projectsToJsonLd([]), { '@context': 'https://schema.org', '@graph': [] });
  });
});
