// Small feeds for the component tests: each names what it is for.
import type { Project } from '@club-inne/core';

export const actors = [
  { id: 'club-inne', name: 'Club Inné', kind: 'association' },
  { id: 'lnc', name: 'Les Nouvelles Coordonnées', kind: 'scic' },
  { id: 'ademe', name: 'ADEME', kind: 'etat' },
  { id: 'falaise', name: 'Communauté de communes du Pays de Falaise', kind: 'epci' },
];

export const projects: Project[] = [
  {
    id: 'champ-des-possibles',
    title: 'Le Champ des possibles',
    summary: 'Passer d’un projet à une dynamique de solution intégrée du bien-vivre alimentaire.',
    phase: 'structuration',
    spheres: ['se-nourrir', 'travailler'],
    territory: 'Métropole Rouen Normandie',
    programme: "COOP'TER (ADEME)",
    started: '2023-05-01',
    url: 'https://example.org/champ',
    actors: [
      { actor: 'club-inne', role: 'accompagnateur' },
      { actor: 'ademe', role: 'financeur' },
      { actor: 'lnc', role: 'porteur' },
    ],
  },
  {
    id: 'eco-scenographie',
    title: 'Éco-scénographie et décors durables',
    phase: 'consolidation',
    spheres: ['se-cultiver'],
    territory: 'Métropole Rouen Normandie',
    started: '2024-01-15',
    image: { src: 'https://example.org/decor.jpg', alt: 'Un décor de théâtre en bois réemployé' },
    actors: [{ actor: 'lnc', role: 'porteur' }],
  },
  {
    id: 'haies-bocageres',
    title: 'Bois énergie des haies bocagères',
    phase: 'emergence',
    spheres: ['energie', 'se-nourrir'],
    territory: 'Pays de Falaise',
    example: true,
    actors: [{ actor: 'falaise', role: 'porteur' }],
  },
];

/** A valid feed of three projects. */
export function feed(extra: Record<string, unknown> = {}) {
  return { version: 1, publisher: { name: 'Club Inné' }, actors, projects, ...extra };
}

/** Valid projects plus one with a bad phase: shown partially, with an issue. */
export function partialFeed() {
  return feed({ projects: [...projects, { id: 'broken', title: 'Cassé', phase: 'bientot' }] });
}

/** `n` generated projects, for paging and performance. */
export function manyProjects(n: number): Project[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `projet-${i + 1}`,
    title: `Projet coopératif n° ${i + 1}`,
    summary: 'Un écosystème coopératif territorialisé autour des effets utiles.',
    phase: (['emergence', 'structuration', 'formalisation', 'consolidation'] as const)[i % 4],
    spheres: [(['se-nourrir', 'habiter', 'se-deplacer'] as const)[i % 3]!],
    territory: i % 2 ? 'Pays de Falaise' : 'Elbeuf',
    actors: [{ actor: 'club-inne', role: 'accompagnateur' as const }],
  }));
}
