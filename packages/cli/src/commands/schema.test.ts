import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { feedJsonSchema } from '@club-inne/core';
import { inneHere as inne } from '../run-inne.fixture.js';

describe('inne schema', () => {
  test('prints the JSON Schema of feeds', async () => {
    const r = await inne(['schema']);
    assert.equal(r.status, 0);
    assert.deepEqual(JSON.parse(r.stdout), feedJsonSchema());
  });

  test('writes it to a file with -o', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'inne-schema-')), 'feed.schema.json');
    const r = await inne(['schema', '-o', path, '--lang', 'en']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /written/);
    assert.equal(JSON.parse(readFileSync(path, 'utf8')).title, 'Club Inné feed (version 1)');
  });

  test('creates the folder of the -o file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'inne-schema-')), 'public', 'v1', 'schema.json');
    const r = await inne(['schema', '-o', path]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /écrit/);
    assert.equal(JSON.parse(readFileSync(path, 'utf8')).title, 'Club Inné feed (version 1)');
  });

  test('says in French why an -o file cannot be written, without a stack', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'inne-schema-'));
    const r = await inne(['schema', '-o', folder]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trim(), `✗ impossible d’écrire ${folder}\u00a0: c’est un dossier`);
  });
});
