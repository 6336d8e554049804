import type { Evidence } from '@club-inne/core';
import { formatNumber, plural } from './format.js';

const p = (n: number, one: string, other: string) => plural('fr', n, one, other);
const n = (x: number) => formatNumber('fr', x);

/**
 * The texts of `<inne-maturity-radar>` and `<inne-maturity-assessment>`, in French. The
 * sentences about the grid itself (blocking conditions, next moves, labels) come from core, in
 * both languages: only the frame around them lives here.
 */
export const maturityFr = {
  radar: {
    name: 'Radar de maturité EFC',
    summary: (series: string, parts: string[]) => `${series} : ${parts.join(' ; ')}`,
    part: (name: string, value: string) => `${name} : ${value}`,
    outOf100: (x: number) => `${n(x)} sur 100`,
    na: 'non applicable',
    naShort: 'n. a.',
    overall: (x: number) => `Score global : ${n(x)} sur 100`,
    total: (x: number) => `Total : ${n(x)} points sur 100`,
    stage: (index: number, label: string, last?: number) =>
      `Étape ${index}${last ? ` sur ${last}` : ''} : ${label}`,
    thisOne: 'Ce diagnostic',
    dated: (label: string, date: string) => `${label} (${date})`,
    before: 'Avant',
    after: 'Après',
    delta: 'Écart',
    notGiven: 'non renseigné',
    series: 'Séries comparées',
    showTable: 'Afficher les chiffres en tableau',
    hideTable: 'Masquer le tableau',
    caption: 'Scores par dimension, sur 100',
    dimension: 'Dimension',
    overallRow: 'Score global',
    empty: 'Aucun résultat à afficher pour le moment.',
    invalid:
      'La grille d’évaluation fournie contient des erreurs : le diagnostic ne peut pas s’afficher.',
    details: (count: number) => p(count, 'Voir le problème', 'Voir les # problèmes'),
    framework: 'efc-ect, efc-tender, ou une grille complète dans la propriété .framework',
    assessmentId: 'un identifiant d’évaluation du flux',
    badCompare:
      '.compare est ignoré : attendu une série { label, dimensions } ou le résultat de compareAssessments.',
  },
  form: {
    progress: (done: number, total: number) =>
      `${p(done, '# critère renseigné', '# critères renseignés')} sur ${n(total)}`,
    weight: (w: number) => `poids ${n(w)} sur 100`,
    level: (index: number, text: string) => `${index} – ${text}`,
    na: 'Non applicable',
    evidence: 'Preuve',
    evidenceKinds: {
      none: 'Aucune preuve',
      declared: 'Déclaratif',
      document: 'Document à l’appui',
      'third-party': 'Attestation d’un tiers',
    } satisfies Record<Evidence, string>,
    price: 'Prix de cette offre',
    lowestPrice: 'Prix le plus bas reçu',
    priceHint:
      'Noté par le ratio prix le plus bas ÷ prix de cette offre (même unité pour les deux).',
    priceError:
      'Prix non pris en compte : les deux prix doivent être positifs, et le plus bas ne pas dépasser celui de cette offre.',
  },
  result: {
    title: 'Votre résultat',
    points: 'Points par critère',
    dimensionPoints: (label: string, points: number, weight: number) =>
      `${label} : ${n(points)} sur ${n(weight)} points`,
    byScore: (index: number, label: string) =>
      `Votre score seul atteindrait l’étape ${index} («\u00a0${label}\u00a0») : les conditions ci-dessous vous retiennent.`,
    blocking: (index: number, label: string) =>
      `Pour passer à l’étape ${index} «\u00a0${label}\u00a0»`,
    top: 'Vous avez atteint la dernière étape de la grille.',
    moves: 'Pistes de progrès',
    capped: 'Niveaux plafonnés faute de preuve',
    cappedItem: (label: string, declared: number, level: number, needs: string) =>
      `${label} : ${declared} déclaré, ${level} retenu (il faut ${needs})`,
    needs: {
      none: 'une réponse',
      declared: 'une déclaration',
      document: 'un document à l’appui',
      'third-party': 'l’attestation d’un tiers',
    } satisfies Record<Evidence, string>,
    declaredShare: (percent: number) =>
      `Part déclarative : ${n(percent)}\u202f% du score repose sur vos seules déclarations.`,
    unanswered: (count: number) =>
      p(count, '# critère sans réponse compte 0.', '# critères sans réponse comptent 0.'),
    announce: (parts: string[]) => parts.join('. ') + '.',
  },
  tools: {
    title: 'Enregistrer et partager',
    copy: 'Copier le résultat',
    copied: 'Résultat copié dans le presse-papiers.',
    copyFallback:
      'La copie automatique n’est pas possible ici : le texte est sélectionné ci-dessous, copiez-le (Ctrl+C ou ⌘+C).',
    copyText: 'Résultat à copier',
    export: 'Exporter les réponses (.json)',
    import: 'Importer des réponses (.json)',
    imported: (count: number) => p(count, '# réponse importée.', '# réponses importées.'),
    ignored: (count: number) =>
      p(
        count,
        '# réponse ignorée : elle ne correspond à aucun critère de cette grille.',
        '# réponses ignorées : elles ne correspondent à aucun critère de cette grille.',
      ),
    tooLarge: 'Ce fichier est trop volumineux pour être un fichier de réponses.',
    invalid: (problem: string, where?: string) =>
      `Ce fichier n’est pas importé : ${where ? `${where} : ` : ''}${problem}.`,
    otherGrid: (id: string) =>
      `Ce fichier a été rempli avec une autre grille («\u00a0${id}\u00a0») : il n’est pas importé.`,
    reset: 'Effacer mes réponses',
    resetConfirm: 'Effacer toutes les réponses de ce diagnostic ?',
    cleared: 'Réponses effacées.',
    saved: 'Vos réponses sont enregistrées dans ce navigateur, et nulle part ailleurs.',
    restored: 'Brouillon repris là où vous l’aviez laissé.',
    fileName: 'diagnostic-efc',
  },
};

export type MaturityMessages = typeof maturityFr;
