import assert from 'node:assert/strict';
import { test } from 'node:test';
import { projectActors } from './project-actors.js';
import { actors, projects } from './fixtures.test-data.js';

test('actors are resolved by id, porteur first, then the vocabulary order', () => {
  const resolved = projectActors(projects[0]!, { actors });
  assert.deepEqual(
    resolved.map((r) => [r.actor.name, r.role]),
    [
      ['Les Nouvelles Coordonnées', 'porteur'],
      ['ADEME', 'financeur'],
      ['Club Inné', 'accompagnateur'],
    ],
  );
});

test('unknown ids are left out, and a project without actors gives none', () => {
  assert.deepEqual(
    projectActors({ actors: [{ actor: 'ghost', role: 'porteur' }] }, { actors }),
    [],
  );
  assert.deepEqual(projectActors({}, { actors }), []);
});

test('within a role, the feed order is kept', () => {
  const project = {
    actors: [
      { actor: 'ademe', role: 'partenaire' as const },
      { actor: 'club-inne', role: 'porteur' as const },
      { actor: 'ville-malaunay', role: 'partenaire' as const },
    ],
  };
  assert.deepEqual(
    projectActors(project, { actors }).map((r) => r.actor.id),
    ['club-inne', 'ademe', 'ville-malaunay'],
  );
});
