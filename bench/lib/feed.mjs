// Generated feeds for the benchmarks: `projects` valid projects with their actors, the same
// every run (no randomness), shaped like the club's own feed (summary, phase, spheres,
// territory, two or three actors with roles, a programme, a start date, a URL).
// The vocabulary comes from core itself (bench files run through tsx), so it cannot drift.
import { phases, roles, spheres } from '../../packages/core/src/vocabulary/vocabulary.ts';
const kinds = ['commune', 'epci', 'entreprise', 'association', 'scic', 'financeur'];
const territories = [
  'Pays de Falaise',
  'Métropole Rouen Normandie',
  'Malaunay',
  'Caen la Mer',
  'Cotentin',
  'Pays d’Auge',
  'Le Havre Seine Métropole',
  'Bocage ornais',
];
const words = [
  'coopération',
  'territoire',
  'usage',
  'service',
  'mobilité',
  'alimentation',
  'habitat',
  'énergie',
  'santé',
  'formation',
  'culture',
  'réemploi',
];

/** A feed of `count` projects and `count / 10` actors (at least 20). */
export function projectsFeed(count) {
  const actorCount = Math.max(20, Math.ceil(count / 10));
  const actors = Array.from({ length: actorCount }, (_, i) => ({
    id: `acteur-${i}`,
    name: `Acteur ${i} ${territories[i % territories.length]}`,
    kind: kinds[i % kinds.length],
    territory: territories[i % territories.length],
    member: i % 3 === 0,
    url: `https://example.org/acteurs/${i}`,
  }));
  const projects = Array.from({ length: count }, (_, i) => ({
    id: `projet-${i}`,
    title: `Projet ${i} : ${words[i % words.length]} et ${words[(i * 7 + 3) % words.length]}`,
    summary: `Un projet de ${words[(i * 5) % words.length]} porté par des acteurs du territoire, qui passent de la vente de biens à la vente d’usages (n° ${i}).`,
    phase: phases[i % phases.length],
    spheres: [spheres[i % spheres.length], spheres[(i * 3 + 1) % spheres.length]].filter(
      (s, j, a) => a.indexOf(s) === j,
    ),
    territory: territories[(i * 5) % territories.length],
    actors: [
      { actor: `acteur-${i % actorCount}`, role: roles[1 + (i % 3)] },
      { actor: `acteur-${(i * 7 + 1) % actorCount}`, role: 'porteur' },
    ].filter((a, j, all) => all.findIndex((b) => b.actor === a.actor) === j),
    programme: i % 4 === 0 ? 'COOP’TER (ADEME)' : undefined,
    started: `20${20 + (i % 6)}-0${1 + (i % 9)}-1${i % 10}`,
    url: `https://example.org/projets/${i}`,
  }));
  return {
    version: 1,
    publisher: { name: 'Banc d’essai' },
    updatedAt: '2026-11-28T10:00:00+01:00',
    actors,
    projects,
  };
}
