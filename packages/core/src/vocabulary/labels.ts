import type { Locale, Localized } from '../i18n/locale.js';
import type {
  ActorKind,
  AttendanceMode,
  EventKind,
  EventStatus,
  MemberKind,
  Phase,
  Role,
  Sphere,
} from './vocabulary.js';

/**
 * The French and English names of each actor kind, for display: read one with `labelOf`.
 *
 * @example
 * labelOf(actorKindLabels, 'epci', 'en') // 'Inter-municipal body (EPCI)'
 */
export const actorKindLabels: Record<ActorKind, Localized> = {
  commune: { fr: 'Commune', en: 'Municipality' },
  epci: { fr: 'Intercommunalité (EPCI)', en: 'Inter-municipal body (EPCI)' },
  metropole: { fr: 'Métropole', en: 'Metropolitan authority' },
  departement: { fr: 'Département', en: 'Département' },
  region: { fr: 'Région', en: 'Region' },
  etat: { fr: 'État / agence', en: 'State / agency' },
  entreprise: { fr: 'Entreprise', en: 'Company' },
  association: { fr: 'Association', en: 'Association' },
  scic: { fr: 'SCIC / coopérative', en: 'Cooperative (SCIC)' },
  recherche: { fr: 'Recherche / formation', en: 'Research / training' },
  financeur: { fr: 'Financeur', en: 'Funder' },
  habitants: { fr: 'Habitants / collectif', en: 'Residents / collective' },
};

// A spread is code a bundler must keep (it could run a getter); a call marked pure is not:
// a bundle that never shows member kinds drops both tables.
/** The names of each member kind: those of `actorKindLabels`, plus `particulier` (Individual). */
export const memberKindLabels: Record<MemberKind, Localized> = /* @__PURE__ */ Object.assign(
  {},
  actorKindLabels,
  { particulier: { fr: 'Particulier', en: 'Individual' } },
);

/** The French and English names of each project phase, for display (`labelOf`). */
export const phaseLabels: Record<Phase, Localized> = {
  emergence: { fr: 'Émergence', en: 'Emergence' },
  structuration: { fr: 'Structuration', en: 'Structuring' },
  formalisation: { fr: 'Formalisation', en: 'Formalisation' },
  consolidation: { fr: 'Consolidation', en: 'Consolidation' },
};

/** The French and English names of each sphere of life, for display (`labelOf`). */
export const sphereLabels: Record<Sphere, Localized> = {
  'se-nourrir': { fr: 'Se nourrir', en: 'Food' },
  'se-deplacer': { fr: 'Se déplacer', en: 'Mobility' },
  habiter: { fr: 'Habiter', en: 'Housing' },
  'se-soigner': { fr: 'Se soigner', en: 'Health' },
  'se-former': { fr: 'Se former', en: 'Learning' },
  travailler: { fr: 'Travailler', en: 'Work' },
  'se-cultiver': { fr: 'Se cultiver', en: 'Culture' },
  energie: { fr: 'Énergie', en: 'Energy' },
};

/** The French and English names of each role in a project, for display (`labelOf`). */
export const roleLabels: Record<Role, Localized> = {
  porteur: { fr: 'Porteur', en: 'Lead' },
  partenaire: { fr: 'Partenaire', en: 'Partner' },
  financeur: { fr: 'Financeur', en: 'Funder' },
  accompagnateur: { fr: 'Accompagnateur', en: 'Facilitator' },
};

/** The French and English names of each event kind, for display (`labelOf`). */
export const eventKindLabels: Record<EventKind, Localized> = {
  pleniere: { fr: 'Plénière', en: 'Plenary' },
  'table-ronde': { fr: 'Table ronde', en: 'Round table' },
  atelier: { fr: 'Atelier', en: 'Workshop' },
  formation: { fr: 'Formation', en: 'Training' },
  webinaire: { fr: 'Webinaire', en: 'Webinar' },
  visite: { fr: 'Visite', en: 'Visit' },
};

/** The French and English names of each event status, for display (`labelOf`). */
export const eventStatusLabels: Record<EventStatus, Localized> = {
  scheduled: { fr: 'Programmé', en: 'Scheduled' },
  cancelled: { fr: 'Annulé', en: 'Cancelled' },
  postponed: { fr: 'Reporté', en: 'Postponed' },
  full: { fr: 'Complet', en: 'Full' },
};

/** The French and English names of each attendance mode, for display (`labelOf`). */
export const attendanceModeLabels: Record<AttendanceMode, Localized> = {
  'in-person': { fr: 'Sur place', en: 'In person' },
  online: { fr: 'En ligne', en: 'Online' },
  mixed: { fr: 'Sur place et en ligne', en: 'In person and online' },
};

/** The label of a vocabulary id in a language; an unknown id is returned as it is. */
export function labelOf<K extends string>(
  table: Record<K, Localized>,
  id: K,
  locale: Locale,
): string {
  return table[id]?.[locale] ?? id;
}
