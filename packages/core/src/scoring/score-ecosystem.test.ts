import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseFeed } from '../feed/parse.js';
import type { Actor } from '../schema/actor.js';
import type { Assessment } from '../schema/assessment.js';
import type { Link } from '../schema/link.js';
import type { Project } from '../schema/project.js';
import { efcTender } from './frameworks/efc-tender.js';
import { scoreEcosystem } from './score-ecosystem.js';
import { ect } from './test-fixtures.js';

const actor = (id: string, kind: Actor['kind']): Actor => ({ id, name: id, kind });
const link = (from: string, to: string, intensity: Link['intensity']): Link => ({
  id: `${from}-${to}-${intensity}`,
  from,
  to,
  intensity,
});
const assessment = (
  id: string,
  subject: string,
  date: string,
  line: string,
  type: 'project' | 'actor' = 'project',
): Assessment => ({
  id,
  subject: { type, id: subject },
  date,
  answers: ect(line),
});

const actors = [
  actor('a1', 'commune'),
  actor('a2', 'commune'),
  actor('a3', 'entreprise'),
  actor('a4', 'association'),
];
const links = [
  link('a1', 'a2', 2),
  link('a1', 'a3', 4),
  link('a3', 'a1', 1), // same pair again: counts once, at its strongest
  link('a1', 'a4', 2),
  link('a4', 'a4', 3), // a self-link is not cooperation
  link('a1', 'zz', 4), // an unknown actor is ignored
];
const projects: Project[] = [
  { id: 'p1', title: 'Bien vivre alimentaire', spheres: ['se-nourrir'] },
  { id: 'p2', title: 'Autopartage', spheres: ['se-deplacer', 'energie'] },
  { id: 'p3', title: 'Habitat', spheres: ['habiter'] },
];
const assessments = [
  assessment('p1-2024', 'p1', '2024-01-01', '2 1 1 / 1 1 / 2 2 1 / 2 1 / 2 1 / 2 1 1'), // 35, stage 2
  assessment('p1-2025', 'p1', '2025-01-01', '3 2 1 / 2 2 / 2 2 2 / 2 2 / 2 2 / 2 2 2'), // 50, stage 3
  assessment('p2-2025', 'p2', '2025-02-01', '3 3 3 / 0 0 / 0 0 0 / 0 0 / 0 0 / 0 0 0'), // 15, stage 1
  {
    ...assessment('bid', 'p3', '2025-02-01', '4 4 4 / 4 4 / 4 4 4 / 4 4 / 4 4 / 4 4 4'),
    framework: 'efc-tender',
  },
];

describe('scoreEcosystem: network', () => {
  const eco = scoreEcosystem({ actors, links, projects, assessments });

  test('Pielou evenness of actor kinds: 2 communes, 1 company, 1 association', () => {
    // H = −(½ ln ½ + 2 · ¼ ln ¼) = 1.0397; J = H / ln 3 = 0.946
    assert.equal(eco.actorKinds, 3);
    assert.deepEqual(eco.kinds, { commune: 2, entreprise: 1, association: 1 });
    assert.equal(eco.evenness, 0.946);
  });

  test('density, weighted density and cross-type ratio over distinct pairs', () => {
    assert.equal(eco.links, 3);
    assert.equal(eco.density, 0.5); // 3 pairs of 6
    assert.equal(eco.weightedDensity, 0.333); // (2 + 4 + 2) / 4 / 6
    assert.equal(eco.crossTypeRatio, 0.667); // a1–a2 are both communes
  });

  test('a star is fully centralised: the pivot actor is flagged', () => {
    assert.equal(eco.centralisation, 1); // (0 + 2 + 2 + 2) / (3 · 2)
    assert.deepEqual(eco.pivot, { actor: 'a1', degree: 3 });
    const ring = scoreEcosystem({
      actors,
      links: [link('a1', 'a2', 1), link('a2', 'a3', 1), link('a3', 'a4', 1), link('a4', 'a1', 1)],
    });
    assert.equal(ring.centralisation, 0);
    assert.equal(ring.pivot, null);
  });
});

describe('scoreEcosystem: projects and phase', () => {
  const eco = scoreEcosystem({ actors, links, projects, assessments });

  test('projects per stage, median stage, share at stage ≥ 3, from each latest assessment', () => {
    assert.deepEqual(eco.projects, {
      total: 3,
      assessed: 2,
      perStage: [0, 1, 0, 1, 0, 0],
      medianStage: 2,
      mature: 1,
      matureShare: 0.5,
    });
    assert.deepEqual(eco.ignoredAssessments, ['bid']);
  });

  test('spheres covered by a project at stage ≥ 3, energy counted because the feed uses it', () => {
    assert.equal(eco.spheres.counted.length, 8);
    assert.deepEqual(eco.spheres.covered, ['se-nourrir']);
    assert.equal(eco.spheres.coverage, 0.125);
    assert.equal(eco.spheres.basis, 'stage');
  });

  test('stage gains between dated assessments', () => {
    assert.deepEqual(eco.trajectories, [
      {
        subject: { type: 'project', id: 'p1' },
        from: '2024-01-01',
        to: '2025-01-01',
        days: 366,
        stageBefore: 2,
        stageAfter: 3,
        stageGain: 1,
        overallGain: 15,
      },
    ]);
    assert.equal(eco.meanStageGain, 1);
  });

  test('phase gated in order, with what blocks the next one', () => {
    assert.equal(eco.phase!.id, 'structuration');
    assert.equal(eco.nextPhase!.id, 'formalisation');
    assert.deepEqual(
      eco.blocking.map((b) => [b.condition, b.criterion, b.required, b.held]),
      [['someProject', 'governance.formalisation', 3, 2]],
    );
    assert.equal(
      eco.blocking[0]!.message.fr,
      'Un projet avec «\u00a0Formalisation\u00a0» au niveau 3 au moins (meilleur actuel\u00a0: 2)',
    );
  });

  test('up to consolidation', () => {
    const later = [
      ...assessments,
      assessment('p1-2026', 'p1', '2026-01-01', '3 3 3 / 2 2 / 3 3 3 / 2 2 / 2 2 / 4 3 3'), // stage 4, formalisation 3, model 3
    ];
    const formalised = scoreEcosystem({ actors, links, projects, assessments: later });
    assert.equal(formalised.phase!.id, 'formalisation');
    assert.deepEqual(
      formalised.blocking.map((b) => b.condition),
      ['spheresCovered'],
    );
    const wider = projects.map((p) =>
      p.id === 'p1' ? { ...p, spheres: ['se-nourrir' as const, 'habiter' as const] } : p,
    );
    const consolidated = scoreEcosystem({ actors, links, projects: wider, assessments: later });
    assert.equal(consolidated.phase!.id, 'consolidation');
    assert.equal(consolidated.nextPhase, null);
    assert.deepEqual(consolidated.blocking, []);
  });
});

describe('scoreEcosystem: any feed', () => {
  test('an empty feed: nulls and zeros, never NaN', () => {
    const eco = scoreEcosystem({});
    assert.deepEqual(
      [
        eco.actors,
        eco.evenness,
        eco.density,
        eco.weightedDensity,
        eco.crossTypeRatio,
        eco.centralisation,
        eco.pivot,
      ],
      [0, null, null, null, null, null, null],
    );
    assert.deepEqual(eco.projects, {
      total: 0,
      assessed: 0,
      perStage: [0, 0, 0, 0, 0, 0],
      medianStage: null,
      mature: 0,
      matureShare: null,
    });
    assert.equal(eco.spheres.coverage, 0);
    assert.equal(eco.meanStageGain, null);
    assert.equal(eco.phase, null);
    assert.equal(eco.nextPhase!.id, 'emergence');
    assert.deepEqual(
      eco.blocking.map((b) => b.message.en),
      ['At least 3 actors (now 0)', 'At least 2 kinds of actors (now 0)'],
    );
    assert.ok(!JSON.stringify(eco).includes('NaN'));
  });

  test('without assessments, a sphere is covered by any project', () => {
    const eco = scoreEcosystem({ actors, links, projects });
    assert.equal(eco.spheres.basis, 'projects');
    assert.deepEqual(eco.spheres.covered, ['se-nourrir', 'se-deplacer', 'habiter', 'energie']);
    assert.equal(eco.phase!.id, 'emergence'); // structuration needs a project at stage 3
  });

  test('one kind of actor: evenness is not measurable', () => {
    assert.equal(
      scoreEcosystem({ actors: [actor('x', 'commune'), actor('y', 'commune')] }).evenness,
      null,
    );
  });

  test('a grid without ecosystem rules is refused', () => {
    assert.throws(() => scoreEcosystem({}, efcTender), {
      name: 'RangeError',
      message: /ecosystem rules/,
    });
  });
});

test("the club's default feed gives sensible figures", () => {
  const text = readFileSync(
    new URL('../../../components/src/club-inne.feed.json', import.meta.url),
    'utf8',
  );
  const { feed } = parseFeed(text);
  const eco = scoreEcosystem(feed!);
  assert.ok(!JSON.stringify(eco).includes('NaN'));
  assert.equal(eco.actors, feed!.actors.length);
  assert.ok(eco.actorKinds >= 3, 'a network of several kinds of actors');
  for (const x of [
    eco.evenness,
    eco.density,
    eco.weightedDensity,
    eco.crossTypeRatio,
    eco.centralisation,
  ]) {
    assert.ok(x !== null && x >= 0 && x <= 1);
  }
  assert.equal(eco.projects.total, feed!.projects.length);
  assert.equal(
    eco.projects.perStage.reduce((a, b) => a + b, 0),
    eco.projects.assessed,
  );
  assert.ok(eco.phase, 'at least emerging: several actors of several kinds');
});

test('scoreEcosystem given no feed says what it expects', () => {
  for (const input of [null, undefined, 'feed'])
    assert.throws(() => scoreEcosystem(input as never), {
      name: 'TypeError',
      message: 'scoreEcosystem: expected a feed (its actors, projects and assessments)',
    });
});
