import type { Evidence } from '@club-inne/core';
import { formatFor } from '../format.js';

const { p, n } = formatFor('fr');

/**
 * The texts of `<inne-maturity-assessment>` besides its radar's (`fr/radar.ts`): the form, the
 * result and the save-and-share tools, in French.
 */
export const assessmentFr = {
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
      'Prix non pris en compte\u00a0: les deux prix doivent être positifs, et le plus bas ne pas dépasser celui de cette offre.',
  },
  result: {
    title: 'Votre résultat',
    points: 'Points par critère',
    dimensionPoints: (label: string, points: number, weight: number) =>
      `${label}\u00a0: ${n(points)} sur ${n(weight)} points`,
    byScore: (index: number, label: string) =>
      `Votre score seul atteindrait l’étape ${index} («\u00a0${label}\u00a0»)\u00a0: les conditions ci-dessous vous retiennent.`,
    blocking: (index: number, label: string) =>
      `Pour passer à l’étape ${index} «\u00a0${label}\u00a0»`,
    top: 'Vous avez atteint la dernière étape de la grille.',
    moves: 'Pistes de progrès',
    capped: 'Niveaux plafonnés faute de preuve',
    cappedItem: (label: string, declared: number, level: number, needs: string) =>
      `${label}\u00a0: ${declared} déclaré, ${level} retenu (il faut ${needs})`,
    needs: {
      none: 'une réponse',
      declared: 'une déclaration',
      document: 'un document à l’appui',
      'third-party': 'l’attestation d’un tiers',
    } satisfies Record<Evidence, string>,
    declaredShare: (percent: number) =>
      `Part déclarative\u00a0: ${n(percent)}\u202f% du score repose sur vos seules déclarations.`,
    unanswered: (count: number) =>
      p(count, '# critère sans réponse compte 0.', '# critères sans réponse comptent 0.'),
    announce: (parts: string[]) => parts.join('. ') + '.',
  },
  tools: {
    title: 'Enregistrer et partager',
    copy: 'Copier le résultat',
    copied: 'Résultat copié dans le presse-papiers.',
    copyFallback:
      'La copie automatique n’est pas possible ici\u00a0: le texte est sélectionné ci-dessous, copiez-le (Ctrl+C ou ⌘+C).',
    copyText: 'Résultat à copier',
    export: 'Exporter les réponses (.json)',
    import: 'Importer des réponses (.json)',
    imported: (count: number) => p(count, '# réponse importée.', '# réponses importées.'),
    ignored: (count: number) =>
      p(
        count,
        '# réponse ignorée\u00a0: elle ne correspond à aucun critère de cette grille.',
        '# réponses ignorées\u00a0: elles ne correspondent à aucun critère de cette grille.',
      ),
    tooLarge: 'Ce fichier est trop volumineux pour être un fichier de réponses.',
    invalid: (problem: string, where?: string) =>
      `Ce fichier n’est pas importé\u00a0: ${where ? `${where}\u00a0: ` : ''}${problem}.`,
    otherGrid: (id: string) =>
      `Ce fichier a été rempli avec une autre grille («\u00a0${id}\u00a0»)\u00a0: il n’est pas importé.`,
    reset: 'Effacer mes réponses',
    resetConfirm: 'Effacer toutes les réponses de ce diagnostic\u202f?',
    cleared: 'Réponses effacées.',
    saved: 'Vos réponses sont enregistrées dans ce navigateur, et nulle part ailleurs.',
    restored: 'Brouillon repris là où vous l’aviez laissé.',
    fileName: 'diagnostic-efc',
  },
};

export type AssessmentMessages = typeof assessmentFr;
