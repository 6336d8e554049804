import type { LoadFailure } from '../../shared/feed-loader.js';
import { formatDateTime, formatFor } from '../format.js';

const { p } = formatFor('fr');

/**
 * The texts every element shows or logs, in French (the reference: `en/shared.ts` must match
 * its shape). Visitors read `state`; webmasters read `report`. Each element adds its own
 * section (`fr/projects.ts`, …) and ships only the sections it shows.
 */
export const sharedFr = {
  state: {
    loading: 'Chargement…',
    error: 'Ces informations ne sont pas disponibles pour le moment. Merci de réessayer plus tard.',
    retry: 'Réessayer',
    stale: (at: Date) =>
      `Informations du ${formatDateTime('fr', at)}\u00a0: la mise à jour n’a pas abouti.`,
  },
  report: {
    title: (tag: string, n: number) =>
      `<${tag}>\u00a0: ${p(n, '# point à vérifier', '# points à vérifier')}`,
    source: (kind: string, url?: string) =>
      `Source\u00a0: ${{ property: 'propriété .feed', inline: 'script JSON intégré', src: 'attribut src', default: 'flux du Club Inné' }[kind] ?? kind}${url ? ` (${url})` : ''}`,
    failure: (f: LoadFailure) =>
      ({
        network: 'Le flux n’a pas pu être téléchargé (réseau, adresse ou en-têtes CORS).',
        timeout: 'Le serveur du flux n’a pas répondu à temps.',
        http: `Le serveur du flux a répondu ${f.status} au lieu de 200.`,
        'too-large': 'Le flux est trop volumineux.',
        'not-a-feed': 'Le fichier reçu n’est pas un flux Club Inné.',
        'bad-url': 'L’attribut src n’est pas une adresse complète en https://.',
      })[f.code],
    attribute: (name: string, value: string, expected: string, fallback: string) =>
      `${name}="${value}" n’est pas reconnu (attendu\u00a0: ${expected})\u00a0: ${fallback ? `«\u00a0${fallback}\u00a0» est utilisé à la place` : 'valeur ignorée'}.`,
    missing: (name: string, expected: string) =>
      `L’attribut ${name} manque (attendu\u00a0: ${expected}).`,
    jsonLdBlocked:
      'JSON-LD non écrit\u00a0: la page refuse la politique Trusted Types «\u00a0inne\u00a0» (ajoutez «\u00a0inne\u00a0» à la directive trusted-types).',
    debugTitle: (n: number) =>
      p(n, 'Débogage\u00a0: # point à vérifier', 'Débogage\u00a0: # points à vérifier'),
    none: 'Aucun problème.',
    // What an id attribute expects when the feed holds no item of its kind (else, their ids).
    noIds: 'un identifiant du flux, qui n’en contient aucun',
  },
};

/** The shape every language's shared texts follow. */
export type SharedMessages = typeof sharedFr;
