// Shared fixtures for the selection tests (not a test file itself).
import type { Actor } from '../schema/actor.js';
import type { Project } from '../schema/project.js';

export const actors: Actor[] = [
  { id: 'ville-malaunay', name: 'Ville de Malaunay', kind: 'commune' },
  { id: 'ademe', name: 'ADEME', kind: 'etat' },
  { id: 'lnc', name: 'Les Nouvelles Coordonnées', kind: 'scic' },
  { id: 'club-inne', name: 'Club Inné', kind: 'association' },
];

export const projects: Project[] = [
  {
    id: 'champ-des-possibles',
    title: 'Le Champ des possibles',
    phase: 'structuration',
    spheres: ['se-nourrir', 'travailler'],
    territory: 'Métropole Rouen Normandie',
    started: '2023-05-01',
    actors: [
      { actor: 'club-inne', role: 'accompagnateur' },
      { actor: 'ademe', role: 'financeur' },
      { actor: 'lnc', role: 'porteur' },
    ],
  },
  {
    id: 'eco-scenographie',
    title: 'Éco-scénographie',
    phase: 'consolidation',
    spheres: ['se-cultiver'],
    territory: 'metropole  rouen normandie',
    started: '2024-01-15',
    actors: [{ actor: 'lnc', role: 'porteur' }],
  },
  {
    id: 'haies-bocageres',
    title: 'Haies bocagères',
    phase: 'emergence',
    spheres: ['energie', 'se-nourrir'],
    territory: 'Pays de Falaise',
  },
  { id: 'autopartage', title: 'autopartage', spheres: ['se-deplacer'] },
];
