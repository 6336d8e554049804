import assert from 'node:assert/strict';
import { test } from 'node:test';
import { projectFacets } from './project-facets.js';
import { projects } from './fixtures.test-data.js';

test('without criteria, each value counts the projects that have it', () => {
  const f = projectFacets(projects);
  assert.deepEqual(f.spheres.values, [
    { value: 'se-nourrir', count: 2 },
    { value: 'se-deplacer', count: 1 },
    { value: 'travailler', count: 1 },
    { value: 'se-cultiver', count: 1 },
    { value: 'energie', count: 1 },
  ]);
  assert.deepEqual(f.phases.values, [
    { value: 'emergence', count: 1 },
    { value: 'structuration', count: 1 },
    { value: 'consolidation', count: 1 },
  ]);
});

test('territories are merged across spellings, keeping the first one', () => {
  assert.deepEqual(projectFacets(projects).territories.values, [
    { value: 'Métropole Rouen Normandie', count: 2 },
    { value: 'Pays de Falaise', count: 1 },
  ]);
});

test('territories are in alphabetical order, accents and case aside', () => {
  const named = ['le Havre', 'Évreux', 'Eure', 'Caen la Mer', 'Étretat'].map((territory, i) => ({
    ...projects[0]!,
    id: `p-${i}`,
    territory,
  }));
  assert.deepEqual(
    projectFacets(named).territories.values.map((t) => t.value),
    ['Caen la Mer', 'Étretat', 'Eure', 'Évreux', 'le Havre'],
  );
});

test('a count is what choosing the value would give, other filters kept', () => {
  const f = projectFacets(projects, { spheres: ['se-nourrir'], phases: ['emergence'] });
  // Spheres are counted with the phase filter only: just the emergence project.
  assert.deepEqual(
    f.spheres.values.map((s) => [s.value, s.count]),
    [
      ['se-nourrir', 1],
      ['se-deplacer', 0],
      ['travailler', 0],
      ['se-cultiver', 0],
      ['energie', 1],
    ],
  );
  // Phases are counted with the sphere filter only: the two food projects.
  assert.deepEqual(
    f.phases.values.map((s) => [s.value, s.count]),
    [
      ['emergence', 1],
      ['structuration', 1],
      ['consolidation', 0],
    ],
  );
  assert.deepEqual(
    f.territories.values.map((s) => [s.value, s.count]),
    [
      ['Métropole Rouen Normandie', 0],
      ['Pays de Falaise', 1],
    ],
  );
});

test('total is what "all" gives for a filter, the other filters kept', () => {
  const f = projectFacets(projects, { spheres: ['se-nourrir'], phases: ['emergence'] });
  assert.equal(f.spheres.total, 1);
  assert.equal(f.phases.total, 2);
  assert.equal(f.territories.total, 1);
  assert.equal(projectFacets(projects).spheres.total, projects.length);
});

test('no projects, no choices', () => {
  const none = { total: 0, values: [] };
  assert.deepEqual(projectFacets([]), { spheres: none, territories: none, phases: none });
});
