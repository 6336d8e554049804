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
/** One of `actorKinds`: what an actor of the feed is (`commune`, `scic`…). */
export type ActorKind = (typeof actorKinds)[number];

/** Phases of a cooperative project, in order. */
export const phases = ['emergence', 'structuration', 'formalisation', 'consolidation'] as const;
/** One of `phases`: how far a project has gone, from `emergence` to `consolidation`. */
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
/** One of `spheres`: the sphere of life a project or an event serves (`se-nourrir`…). */
export type Sphere = (typeof spheres)[number];

/** What an actor does in a project. `porteur` is shown first. */
export const roles = ['porteur', 'partenaire', 'financeur', 'accompagnateur'] as const;
/** One of `roles`: an actor's part in a project. */
export type Role = (typeof roles)[number];

/** Kinds of events of the network: plenary, round table, workshop, training, webinar, visit. */
export const eventKinds = [
  'pleniere',
  'table-ronde',
  'atelier',
  'formation',
  'webinaire',
  'visite',
] as const;
/** One of `eventKinds`. */
export type EventKind = (typeof eventKinds)[number];

/**
 * Where an event stands. An event with no status is `scheduled`; `full` still takes place but
 * takes no more registrations; `postponed` keeps its old date until a new one is known.
 */
export const eventStatuses = ['scheduled', 'cancelled', 'postponed', 'full'] as const;
/** One of `eventStatuses`. */
export type EventStatus = (typeof eventStatuses)[number];

/**
 * How people take part in an event: on site, online, or both. `eventAttendance` infers it
 * when a feed does not say.
 */
export const attendanceModes = ['in-person', 'online', 'mixed'] as const;
/** One of `attendanceModes`. */
export type AttendanceMode = (typeof attendanceModes)[number];

/** Who a membership tier is for: any kind of actor, or a person. */
export const memberKinds = [...actorKinds, 'particulier'] as const;
/** One of `memberKinds`: an actor kind, or `particulier` for a person. */
export type MemberKind = (typeof memberKinds)[number];

/** Himmelman's continuum: networking → coordinating → cooperating → collaborating. */
export const linkIntensities = [1, 2, 3, 4] as const;
/** One of `linkIntensities`: 1 networking, 2 coordinating, 3 cooperating, 4 collaborating. */
export type LinkIntensity = (typeof linkIntensities)[number];

/**
 * What backs an answer of an assessment, weakest first. An answer without evidence counts as
 * `declared`; a grid's evidence caps count a high level held without enough proof as a lower
 * one (in `efc-ect`, level 3 needs a `document`, level 4 `third-party`).
 */
export const evidenceKinds = ['none', 'declared', 'document', 'third-party'] as const;
/** One of `evidenceKinds`. */
export type Evidence = (typeof evidenceKinds)[number];
