/**
 * The network's own vocabulary, as stable ids. Labels in French and English live in
 * `labels.ts`; feeds and attributes use these ids (kebab-case, no accents) so that a
 * webmaster can type them.
 */

/** Kinds of actors of a territorial cooperative ecosystem. */
export const actorKinds = [
  'commune',
  'epci',
  'metropole',
  'departement',
  'region',
  'etat',
  'entreprise',
  'association',
  'scic',
  'recherche',
  'financeur',
  'habitants',
] as const;
export type ActorKind = (typeof actorKinds)[number];

/** Phases of a cooperative project, in order. */
export const phases = ['emergence', 'structuration', 'formalisation', 'consolidation'] as const;
export type Phase = (typeof phases)[number];

/** The *grandes fonctionnalités de la vie*, plus energy, as functional spheres. */
export const spheres = [
  'se-nourrir',
  'se-deplacer',
  'habiter',
  'se-soigner',
  'se-former',
  'travailler',
  'se-cultiver',
  'energie',
] as const;
export type Sphere = (typeof spheres)[number];

/** What an actor does in a project. `porteur` is shown first. */
export const roles = ['porteur', 'partenaire', 'financeur', 'accompagnateur'] as const;
export type Role = (typeof roles)[number];

export const eventKinds = [
  'pleniere',
  'table-ronde',
  'atelier',
  'formation',
  'webinaire',
  'visite',
] as const;
export type EventKind = (typeof eventKinds)[number];

export const eventStatuses = ['scheduled', 'cancelled', 'postponed', 'full'] as const;
export type EventStatus = (typeof eventStatuses)[number];

export const attendanceModes = ['in-person', 'online', 'mixed'] as const;
export type AttendanceMode = (typeof attendanceModes)[number];

/** Who a membership tier is for: any kind of actor, or a person. */
export const memberKinds = [...actorKinds, 'particulier'] as const;
export type MemberKind = (typeof memberKinds)[number];

/** Himmelman's continuum: networking → coordinating → cooperating → collaborating. */
export const linkIntensities = [1, 2, 3, 4] as const;
export type LinkIntensity = (typeof linkIntensities)[number];

export const evidenceKinds = ['none', 'declared', 'document', 'third-party'] as const;
export type Evidence = (typeof evidenceKinds)[number];
