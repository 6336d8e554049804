import { formatFor } from '../format.js';

const { p } = formatFor('fr');

/** The texts of `<inne-events>`. */
export const eventsFr = {
  empty: {
    upcoming: 'Aucun événement à venir pour le moment.',
    past: 'Aucun événement passé.',
    all: 'Aucun événement pour le moment.',
  },
  /** Events in the time window of `when`, none of the kinds, spheres or actors asked for. */
  unmatched: 'Aucun événement ne correspond à cette sélection.',
  register: 'S’inscrire',
  joinOnline: 'Rejoindre en ligne',
  addToCalendar: 'Ajouter à mon agenda',
  downloadAll: (n: number) =>
    p(
      n,
      'Ajouter cet événement à mon agenda (.ics)',
      'Ajouter ces # événements à mon agenda (.ics)',
    ),
  by: (names: string) => `Organisé par ${names}`,
  free: 'Gratuit',
  example: 'Exemple',
  exampleHint: 'Date et détails donnés à titre d’exemple',
  calendarName: (publisher: string) => `Agenda ${publisher}`,
};

export type EventsMessages = typeof eventsFr;
