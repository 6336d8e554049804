import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { filterProjects, normalizeName, selectProjects, sortProjects } from './select-projects.js';
import { projects } from './fixtures.test-data.js';

const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('filterProjects', () => {
  test('no criteria keeps every project in feed order', () => {
    assert.deepEqual(ids(filterProjects(projects)), ids(projects));
    assert.deepEqual(ids(filterProjects(projects, { spheres: [] })), ids(projects));
  });

  test('a sphere keeps projects having it among theirs', () => {
    assert.deepEqual(ids(filterProjects(projects, { spheres: ['se-nourrir'] })), [
      'champ-des-possibles',
      'haies-bocageres',
    ]);
  });

  test('values of one field are "any of", fields combine with "and"', () => {
    assert.deepEqual(
      ids(filterProjects(projects, { spheres: ['se-cultiver', 'energie'], phases: ['emergence'] })),
      ['haies-bocageres'],
    );
  });

  test('territory ignores case, accents and spacing', () => {
    assert.deepEqual(
      ids(filterProjects(projects, { territories: ['METROPOLE ROUEN normandie'] })),
      ['champ-des-possibles', 'eco-scenographie'],
    );
    assert.equal(normalizeName(' Pays  d’Auge '), 'pays d auge');
  });

  test('an actor matches whatever its role', () => {
    assert.deepEqual(ids(filterProjects(projects, { actors: ['ademe'] })), ['champ-des-possibles']);
    assert.deepEqual(ids(filterProjects(projects, { actors: ['nobody'] })), []);
  });

  test('a project without the field never matches a filter on it', () => {
    assert.deepEqual(
      ids(
        filterProjects(projects, {
          phases: ['emergence', 'structuration', 'formalisation', 'consolidation'],
        }),
      ).includes('autopartage'),
      false,
    );
  });
});

describe('sortProjects', () => {
  test('feed order by default, and the input is not changed', () => {
    const before = ids(projects);
    assert.deepEqual(ids(sortProjects(projects)), before);
    sortProjects(projects, 'title');
    assert.deepEqual(ids(projects), before);
  });

  test('title: alphabetical in the language, accents and case ignored', () => {
    assert.deepEqual(ids(sortProjects(projects, 'title', 'fr')), [
      'autopartage',
      'eco-scenographie',
      'haies-bocageres',
      'champ-des-possibles',
    ]);
  });

  test('phase: the life of a project, projects without a phase last', () => {
    assert.deepEqual(ids(sortProjects(projects, 'phase')), [
      'haies-bocageres',
      'champ-des-possibles',
      'eco-scenographie',
      'autopartage',
    ]);
  });

  test('recent: latest start first, undated last in feed order', () => {
    assert.deepEqual(ids(sortProjects(projects, 'recent')), [
      'eco-scenographie',
      'champ-des-possibles',
      'haies-bocageres',
      'autopartage',
    ]);
  });
});

test('selectProjects filters then sorts', () => {
  assert.deepEqual(
    ids(selectProjects({ projects }, { criteria: { spheres: ['se-nourrir'] }, sort: 'phase' })),
    ['haies-bocageres', 'champ-des-possibles'],
  );
});
