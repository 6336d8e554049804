import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unknownTerritories } from './unknown-territories.js';

const projects = [{ territory: 'Métropole Rouen Normandie' }, { territory: 'Rouen' }, {}];

test('a name is known when a project is in it, whatever its case, accents or hyphens', () => {
  assert.deepEqual(unknownTerritories(['rouen', 'METROPOLE rouen-normandie'], projects), []);
});

test('a name no project is in is returned, as the webmaster typed it', () => {
  assert.deepEqual(unknownTerritories(['Rouenn', 'Rouen', 'Pays de Caux'], projects), [
    'Rouenn',
    'Pays de Caux',
  ]);
  assert.deepEqual(unknownTerritories(['Rouen'], []), ['Rouen']);
  assert.deepEqual(unknownTerritories([], projects), []);
});
