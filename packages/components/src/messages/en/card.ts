import type { CardMessages } from '../fr/card.js';

/** Every text of `fr/card.ts`, in English. */
export const cardEn: CardMessages = {
  noProject: 'This project is not available.',
  phaseOf: (label: string, i: number, of: number) => `Phase: ${label} (${i} of ${of})`,
  territory: 'Territory',
  actors: 'Actors',
  programme: 'Programme',
  stage: 'EFC stage',
  spheres: 'Areas of life',
  example: 'Example',
};
