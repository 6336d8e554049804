// Declare your own scoring grid: defineFramework checks it and lists every problem at once.
import { defineFramework, FrameworkError, scoreAssessment } from '@club-inne/core';

const t = (fr: string, en: string) => ({ fr, en });
const levels = [
  t('absent', 'absent'),
  t('évoqué', 'mentioned'),
  t('engagé', 'started'),
  t('établi', 'established'),
  t('exemplaire', 'exemplary'),
];

const grid = defineFramework({
  id: 'mobilite-douce',
  version: '1',
  label: t('Grille mobilité douce', 'Soft mobility grid'),
  dimensions: [
    {
      id: 'offer',
      label: t('Offre', 'Offer'),
      weight: 60,
      criteria: [{ id: 'offer.sharing', label: t('Partage', 'Sharing'), levels }],
    },
    {
      id: 'territory',
      label: t('Territoire', 'Territory'),
      weight: 40,
      criteria: [{ id: 'territory.partners', label: t('Partenaires', 'Partners'), levels }],
    },
  ],
});

const score = scoreAssessment(
  { 'offer.sharing': { level: 4 }, 'territory.partners': { level: 2 } },
  grid,
);
console.log(`${grid.id}: ${score.overall}/100`);

try {
  defineFramework({
    id: 'Bad Grid',
    version: '1',
    label: t('Mauvaise', 'Bad'),
    dimensions: [
      {
        id: 'offer',
        label: t('Offre', 'Offer'),
        weight: 50,
        criteria: [{ id: 'offer.sharing', label: t('Partage', 'Sharing'), levels }],
      },
    ],
  });
} catch (error) {
  if (!(error instanceof FrameworkError)) throw error;
  for (const p of error.problems) console.log(`${p.code} ${p.path}`);
}

// Prints:
// mobilite-douce: 80/100
// invalid-field $.id
// weights-sum $.dimensions
