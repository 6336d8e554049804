import type { LoadFailure } from '../shared/feed-loader.js';
import { formatDateTime, formatNumber, plural } from './format.js';
import { maturityFr } from './maturity-fr.js';

const p = (n: number, one: string, other: string) => plural('fr', n, one, other);

/**
 * Every text the components show or log, in French (the reference: `en.ts` must match its
 * shape). Visitors read `state` and the component sections; webmasters read `report`.
 */
export const fr = {
  state: {
    loading: 'Chargement…',
    error: 'Ces informations ne sont pas disponibles pour le moment. Merci de réessayer plus tard.',
    retry: 'Réessayer',
    stale: (at: Date) =>
      `Informations du ${formatDateTime('fr', at)} : la mise à jour n’a pas abouti.`,
  },
  report: {
    title: (tag: string, n: number) =>
      `<${tag}> : ${p(n, '# point à vérifier', '# points à vérifier')}`,
    source: (kind: string, url?: string) =>
      `Source : ${{ property: 'propriété .feed', inline: 'script JSON intégré', src: 'attribut src', default: 'flux du Club Inné' }[kind] ?? kind}${url ? ` (${url})` : ''}`,
    failure: (f: LoadFailure) =>
      ({
        network: 'Le flux n’a pas pu être téléchargé (réseau, adresse ou en-têtes CORS).',
        timeout: 'Le serveur du flux n’a pas répondu à temps.',
        http: `Le serveur du flux a répondu ${f.status} au lieu de 200.`,
        'too-large': 'Le flux est trop volumineux.',
        'not-a-feed': 'Le fichier reçu n’est pas un flux Club Inné.',
        'bad-url': 'L’attribut src n’est pas une adresse http(s) valide.',
      })[f.code],
    attribute: (name: string, value: string, expected: string, fallback: string) =>
      `${name}="${value}" n’est pas reconnu (attendu : ${expected}) : ${fallback ? `« ${fallback} » est utilisé à la place` : 'valeur ignorée'}.`,
    jsonLdBlocked:
      'JSON-LD non écrit : la page refuse la politique Trusted Types « inne » (ajoutez « inne » à la directive trusted-types).',
    debugTitle: (n: number) =>
      p(n, 'Débogage : # point à vérifier', 'Débogage : # points à vérifier'),
    none: 'Aucun problème.',
    oneOf: (values: readonly string[]) => values.join(', '),
    actorId: 'un identifiant d’acteur du flux',
    projectId: 'un identifiant de projet du flux',
  },
  projects: {
    count: (n: number) => p(n, '# projet', '# projets'),
    empty: 'Aucun projet ne correspond à cette sélection.',
    noProject: 'Ce projet n’est pas disponible.',
    more: 'Voir plus',
    moreLabel: (n: number) => `Voir ${p(n, '# projet de plus', '# projets de plus')}`,
    added: (n: number, shown: number, total: number) =>
      `${p(n, '# projet ajouté', '# projets ajoutés')}, ${formatNumber('fr', shown)} sur ${formatNumber('fr', total)}.`,
    shownOf: (shown: number, total: number) =>
      `${formatNumber('fr', shown)} sur ${p(total, '# projet', '# projets')}`,
    list: 'Projets',
    filters: 'Filtrer les projets',
    sphere: 'Domaine de vie',
    territory: 'Territoire',
    phase: 'Phase',
    all: (n: number) => `Tous (${formatNumber('fr', n)})`,
    option: (label: string, n: number) => `${label} (${formatNumber('fr', n)})`,
    reset: 'Tout afficher',
    found: (n: number) =>
      n ? p(n, '# projet trouvé', '# projets trouvés') : 'Aucun projet trouvé',
    phaseOf: (label: string, i: number, of: number) => `Phase : ${label} (${i} sur ${of})`,
    actors: 'Acteurs',
    programme: 'Programme',
    stage: 'Stade EFC',
    spheres: 'Domaines de vie',
    example: 'Exemple',
    exampleHint: 'Projet donné à titre d’illustration',
  },
  events: {
    list: 'Événements',
    empty: {
      upcoming: 'Aucun événement à venir pour le moment.',
      past: 'Aucun événement passé.',
      all: 'Aucun événement pour le moment.',
    },
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
  },
  membership: {
    title: (year: number) => `Adhésions ${year}`,
    lastDays: 'Derniers jours !',
    opensOn: (date: string) => `Ouverture des adhésions le ${date}.`,
    until: (date: string) => `Adhésions ouvertes jusqu’au ${date} inclus.`,
    closed: (year: number) => `Les adhésions ${year} sont closes.`,
    next: (title: string, date?: string) =>
      `Prochaine campagne : ${title}${date ? `, à partir du ${date}` : ''}.`,
    contact: 'Nous contacter',
    join: 'Adhérer',
    tiers: 'Formules d’adhésion',
    for: (who: string) => `Pour : ${who}`,
    none: 'Aucune campagne d’adhésion pour le moment.',
    payWhatYouWant: 'Prix libre',
    from: (amount: string) => `à partir de ${amount}`,
    benefits: 'Ce que l’adhésion apporte',
    reminder: 'Me le rappeler (.ics)',
    example: 'Exemple',
    exampleHint: 'Dates et montants donnés à titre d’exemple',
    campaignId: 'un identifiant de campagne du flux',
  },
  maturity: maturityFr,
};

/** The shape every language's messages follow. */
export type Messages = typeof fr;
