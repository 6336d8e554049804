/** The texts of a project card (`<inne-project-card>`, and each card of `<inne-projects>`). */
export const cardFr = {
  noProject: 'Ce projet n’est pas disponible.',
  phaseOf: (label: string, i: number, of: number) => `Phase\u00a0: ${label} (${i} sur ${of})`,
  territory: 'Territoire',
  actors: 'Acteurs',
  programme: 'Programme',
  stage: 'Stade EFC',
  spheres: 'Domaines de vie',
  example: 'Exemple',
};

export type CardMessages = typeof cardFr;
