#!/usr/bin/env node
// Writes dist/feed.schema.json after tsup: the JSON Schema of a feed, from the built package
// (the very code users import), so that producers can validate with any JSON Schema tool.
import { writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const { feedJsonSchema } = await import(new URL('index.js', dist).href);
const schema = feedJsonSchema();

// A schema that lost its collections would still be valid JSON: refuse to publish it.
const properties = Object.keys(schema.properties ?? {});
const expected = ['version', 'actors', 'projects', 'events', 'links', 'membership', 'assessments'];
const missing = expected.filter((name) => !properties.includes(name));
if (schema.type !== 'object' || missing.length > 0) {
  console.error(`✗ feed.schema.json: unexpected schema (missing: ${missing.join(', ') || 'type'})`);
  process.exit(1);
}

writeFileSync(new URL('feed.schema.json', dist), JSON.stringify(schema, null, 2) + '\n');
console.log(`feed.schema.json written (${properties.length} top-level properties)`);
