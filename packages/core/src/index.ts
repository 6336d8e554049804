// @club-inne/core: the data model, feed parsing, EFC scoring, calendar and schema.org output.
// A hand-picked list of named exports: bundlers drop what a page does not use, and nothing
// here touches the DOM, so it runs the same in Node and in browsers.

// Vocabulary and languages
export {
  actorKinds,
  attendanceModes,
  eventKinds,
  eventStatuses,
  evidenceKinds,
  linkIntensities,
  memberKinds,
  phases,
  roles,
  spheres,
} from './vocabulary/vocabulary.js';
export type {
  ActorKind,
  AttendanceMode,
  EventKind,
  EventStatus,
  Evidence,
  LinkIntensity,
  MemberKind,
  Phase,
  Role,
  Sphere,
} from './vocabulary/vocabulary.js';
export {
  actorKindLabels,
  attendanceModeLabels,
  eventKindLabels,
  eventStatusLabels,
  labelOf,
  memberKindLabels,
  phaseLabels,
  roleLabels,
  sphereLabels,
} from './vocabulary/labels.js';
export { locales, toLocale } from './i18n/locale.js';
export type { Locale, Localized } from './i18n/locale.js';

// Data model
export { actorSchema } from './schema/actor.js';
export type { Actor } from './schema/actor.js';
export { projectSchema, projectActorSchema } from './schema/project.js';
export type { Project, ProjectActor } from './schema/project.js';
export { eventSchema, placeSchema } from './schema/event.js';
export type { FeedEvent, Place } from './schema/event.js';
export { linkSchema } from './schema/link.js';
export type { Link } from './schema/link.js';
export { campaignSchema, tierSchema } from './schema/membership.js';
export type { Campaign, Tier } from './schema/membership.js';
export { answerSchema, answersSchema, assessmentSchema } from './schema/assessment.js';
export type { Answer, Answers, Assessment } from './schema/assessment.js';
export { collectionNames, emptyFeed, feedSchema, publisherSchema } from './schema/feed.js';
export type { CollectionName, Feed, Publisher } from './schema/feed.js';
export { limits } from './schema/limits.js';

// Reading feeds
export { parseFeed } from './feed/parse.js';
export type { ParseFeedOptions, ParseFeedResult } from './feed/parse.js';
export type { FeedIssue, IssueCode, IssueSeverity } from './feed/issue.js';
export { feedJsonSchema } from './feed/json-schema.js';

// Rendering other people's data safely
export { safeUrl } from './url/safe-url.js';
export type { UrlPurpose } from './url/safe-url.js';
