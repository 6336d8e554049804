import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collectionNames } from '../schema/collection-names.js';
import { actorKinds, phases, spheres } from '../vocabulary/vocabulary.js';
import { feedJsonSchema } from './json-schema.js';

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  enum?: unknown[];
  pattern?: string;
  maxItems?: number;
  maxLength?: number;
  additionalProperties?: unknown;
};

describe('feedJsonSchema', () => {
  const schema = feedJsonSchema() as Schema & Record<string, unknown>;
  const item = (name: string) => schema.properties![name]!.items!;

  test('is a draft 2020-12 object schema with a title, requiring version 1', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(Object.keys(schema)[0], '$schema');
    assert.match(String(schema.title), /Club Inné feed/);
    assert.equal(schema.type, 'object');
    assert.deepEqual(schema.required, ['version']);
    assert.deepEqual(schema.properties!.version, { type: 'number', const: 1 });
  });

  test('has every collection as a bounded list of items with an id', () => {
    for (const name of collectionNames) {
      const list = schema.properties![name]!;
      assert.equal(list.type, 'array', name);
      assert.equal(list.maxItems, 20000, name);
      assert.ok(list.items!.required!.includes('id'), name);
      assert.equal(list.items!.properties!.id!.pattern, '^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$');
    }
  });

  test('carries the vocabulary and the limits', () => {
    assert.deepEqual(item('actors').properties!.kind!.enum, [...actorKinds]);
    assert.deepEqual(item('projects').properties!.phase!.enum, [...phases]);
    assert.deepEqual(item('projects').properties!.spheres!.items!.enum, [...spheres]);
    assert.equal(item('projects').properties!.title!.maxLength, 200);
    assert.deepEqual(item('projects').required, ['id', 'title']);
  });

  test('only lets https addresses through, without credentials', () => {
    const pattern = new RegExp(item('actors').properties!.url!.pattern!, 'u');
    assert.ok(pattern.test('https://clubinne.fr/adherer?x=1#y'));
    for (const bad of [
      'http://clubinne.fr',
      'javascript:alert(1)',
      'https://u:p@x.fr',
      ' https://x.fr',
      'https:x.fr',
    ]) {
      assert.ok(!pattern.test(bad), bad);
    }
  });

  test('refuses, by its patterns, a date whose day does not exist', () => {
    const deadline = new RegExp(item('membership').properties!.deadline!.pattern!, 'u');
    const updatedAt = new RegExp(schema.properties!.updatedAt!.pattern!, 'u');
    assert.ok(deadline.test('2024-02-29') && updatedAt.test('2024-02-29T10:00:00+01:00'));
    for (const bad of ['2025-02-29', '2025-02-30', '2025-13-01']) {
      assert.ok(!deadline.test(bad), bad);
      assert.ok(!updatedAt.test(`${bad}T10:00:00+01:00`), bad);
    }
  });

  test('accepts fields it does not know (such as $schema), as parseFeed does', () => {
    const text = JSON.stringify(schema);
    assert.ok(!/"additionalProperties":false/.test(text));
  });

  test('is plain JSON, the same on every call', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(schema)), schema);
    assert.deepEqual(feedJsonSchema(), schema);
  });
});
