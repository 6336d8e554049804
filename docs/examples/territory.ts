// The territory indicators of an EFC ecosystem, from a feed: actors and their diversity,
// cooperation links, spheres of life covered, and the ecosystem's phase.
import { parseFeed, scoreEcosystem } from '@club-inne/core';

const { feed, issues } = parseFeed({
  version: 1,
  actors: [
    { id: 'elbeuf', name: "Ville d'Elbeuf", kind: 'commune' },
    { id: 'metropole', name: 'Métropole Rouen Normandie', kind: 'metropole' },
    { id: 'coop-velo', name: 'Coop Vélo', kind: 'scic' },
    { id: 'habitants', name: 'Collectif des habitants', kind: 'habitants' },
  ],
  links: [
    // intensity on Himmelman's continuum: 1 networking … 4 collaborating
    { id: 'l1', from: 'elbeuf', to: 'coop-velo', intensity: 3 },
    { id: 'l2', from: 'elbeuf', to: 'metropole', intensity: 2 },
    { id: 'l3', from: 'coop-velo', to: 'habitants', intensity: 1 },
  ],
  projects: [
    {
      id: 'velos-partages',
      title: 'Vélos partagés',
      spheres: ['se-deplacer'],
      phase: 'structuration',
      actors: [
        { actor: 'elbeuf', role: 'porteur' },
        { actor: 'coop-velo', role: 'partenaire' },
      ],
    },
  ],
});
if (!feed || issues.length) throw new Error('a bad example feed');

const eco = scoreEcosystem(feed);
console.log(`${eco.actors} actors of ${eco.actorKinds} kinds, ${eco.links} links`);
console.log(`density ${eco.density}, cross-type ratio ${eco.crossTypeRatio}`);
console.log(`weighted density ${eco.weightedDensity}, evenness of kinds ${eco.evenness}`);
console.log(`spheres covered: ${eco.spheres.covered.join(', ')}`);
console.log(`phase: ${eco.phase?.label.en ?? 'none yet'}, next: ${eco.nextPhase?.label.en}`);

// Prints:
// 4 actors of 4 kinds, 3 links
// density 0.5, cross-type ratio 1
// weighted density 0.25, evenness of kinds 1
// spheres covered: se-deplacer
// phase: Emergence, next: Structuring
