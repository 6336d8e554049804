import { formatFor } from '../format.js';

const { p, n } = formatFor('fr');

/** The texts of `<inne-projects>` around its cards (the cards': `fr/card.ts`). */
export const projectsFr = {
  empty: 'Aucun projet ne correspond à cette sélection.',
  /** The feed itself has none (or none valid): no attribute nor filter to blame. */
  none: 'Aucun projet publié pour le moment.',
  more: 'Voir plus',
  added: (count: number, shown: number, total: number) =>
    `${p(count, '# projet ajouté', '# projets ajoutés')}, ${n(shown)} sur ${n(total)}.`,
  shownOf: (shown: number, total: number) => `${n(shown)} sur ${p(total, '# projet', '# projets')}`,
  filters: 'Filtrer les projets',
  sphere: 'Domaine de vie',
  phase: 'Phase',
  all: (count: number) => `Tous (${n(count)})`,
  option: (label: string, count: number) => `${label} (${n(count)})`,
  reset: 'Tout afficher',
  found: (count: number) =>
    count ? p(count, '# projet trouvé', '# projets trouvés') : 'Aucun projet trouvé',
  noTerritory: (name: string, held: readonly string[]) =>
    `territory="${name}"\u00a0: aucun projet dans ce territoire (ceux du flux\u00a0: ${held.join(', ')}).`,
};

export type ProjectsMessages = typeof projectsFr;
