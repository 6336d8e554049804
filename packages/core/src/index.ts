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
export { isKitLocale, locales, primaryLanguage, toLocale } from './i18n/locale.js';
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
export { feedSchema, publisherSchema } from './schema/feed.js';
export type { Feed, Publisher } from './schema/feed.js';
export { collectionNames } from './schema/collection-names.js';
export type { CollectionName } from './schema/collection-names.js';
export { emptyFeed } from './schema/empty-feed.js';
export { limits } from './schema/limits.js';

// Reading feeds
export { parseCollections, parseFeed } from './feed/parse.js';
export {
  actorsReader,
  assessmentsReader,
  collectionReaders,
  eventsReader,
  linksReader,
  membershipReader,
  projectsReader,
} from './feed/collection-readers.js';
export type { CollectionReader } from './feed/collection-readers.js';
export type { ParseFeedOptions, ParseFeedResult } from './feed/parse.js';
export type { FeedIssue, IssueCode, IssueSeverity } from './feed/issue.js';
export { parseJsonPath } from './feed/issue.js';
export { withNearId } from './feed/near-id.js';
export { feedJsonSchema } from './feed/json-schema.js';
export { notUtf8Reason } from './feed/messages.js';

// Rendering other people's data safely
export { safeUrl } from './url/safe-url.js';
export type { UrlPurpose } from './url/safe-url.js';

// Selecting
export {
  filterProjects,
  normalizeName,
  projectMatcher,
  projectSorts,
  selectProjects,
  sortProjects,
} from './select/select-projects.js';
export type {
  ProjectCriteria,
  ProjectSort,
  SelectProjectsOptions,
} from './select/select-projects.js';
export { projectFacets } from './select/project-facets.js';
export type { Facet, FacetCount, ProjectFacets } from './select/project-facets.js';
export { knownIds } from './select/known-ids.js';
export { unknownTerritories } from './select/unknown-territories.js';
export { projectActors } from './select/project-actors.js';
export type { ProjectActorView } from './select/project-actors.js';
export { projectStages } from './select/project-stage.js';

// Dates, times and money, the house way (used by the components; events in their own zone)
export { defaultTimeZone, eventTiming } from './time/event-timing.js';
export type { EventTiming } from './time/event-timing.js';
export { formatDate, formatMonth, formatTime } from './time/format-date.js';
export type { DateParts } from './time/format-date.js';
export { eventDateTimes, eventMonthKey, formatEventDate } from './time/format-event-date.js';
export {
  addDays,
  daysBetween,
  knownTimeZone,
  localDate,
  offsetMinutes,
  startOfLocalDay,
  zonedIso,
  zonedParts,
} from './time/zoned.js';
export type { ZonedParts } from './time/zoned.js';
export { formatMoney } from './format/money.js';
export { formatDaysLeft } from './format/days-left.js';

// Events and membership: business rules
export { eventAttendance } from './events/event-attendance.js';
export { withUtm } from './url/with-utm.js';
export type { Utm } from './url/with-utm.js';
export { eventWhens, selectEvents } from './select/select-events.js';
export type { EventWhen, SelectEventsOptions } from './select/select-events.js';
export { whyNoEvents } from './select/why-no-events.js';
export { groupEventsByMonth } from './select/group-by-month.js';
export type { MonthGroup } from './select/group-by-month.js';
export {
  campaignState,
  closingSoonDays,
  currentCampaign,
  membershipTimeZone,
  parisToday,
} from './membership/campaign-state.js';
export { paymentUrl } from './membership/payment-url.js';
export type {
  CampaignDates,
  CampaignState,
  CampaignStateOptions,
} from './membership/campaign-state.js';

// Calendar (.ics) and schema.org (JSON-LD) output
export { toICS } from './calendar/to-ics.js';
export type { ToIcsOptions } from './calendar/to-ics.js';
export { deadlineReminderICS } from './calendar/deadline-reminder.js';
export type { DeadlineReminderOptions } from './calendar/deadline-reminder.js';
export { uidDomain } from './calendar/ics-document.js';
export type { IcsOptions } from './calendar/ics-document.js';
export { escapeText as escapeIcsText, foldLine as foldIcsLine } from './calendar/ics-text.js';
export { toJsonLd } from './json-ld/to-json-ld.js';
export {
  campaignToJsonLd,
  eventsToJsonLd,
  projectToJsonLd,
  projectsToJsonLd,
} from './json-ld/by-kind.js';
export { serializeJsonLd } from './json-ld/serialize.js';
export type { JsonLdDocument, JsonLdNode, JsonLdOptions, JsonLdValue } from './json-ld/types.js';

// EFC scoring
export {
  criterionSchema,
  dimensionSchema,
  ecosystemRulesSchema,
  evidenceCapSchema,
  frameworkSchema,
  gateSchema,
  phaseGateSchema,
  stageSchema,
} from './scoring/framework-schema.js';
export type {
  EcosystemRules,
  EvidenceCap,
  Framework,
  FrameworkCriterion,
  FrameworkDefinition,
  FrameworkDimension,
  FrameworkStage,
  PhaseGate,
  StageGate,
} from './scoring/framework-schema.js';
export { defineFramework, FrameworkError, validateFramework } from './scoring/define-framework.js';
export type { ValidateFrameworkResult } from './scoring/define-framework.js';
export type { FrameworkProblem, FrameworkProblemCode } from './scoring/framework-problems.js';
export { frameworkById, frameworks } from './scoring/frameworks/frameworks.js';
export { efcEctDefinition } from './scoring/frameworks/efc-ect.js';
export { efcTenderDefinition } from './scoring/frameworks/efc-tender.js';
export { scoreAssessment } from './scoring/score-assessment.js';
export type {
  AssessmentScore,
  CappedLevel,
  CriterionScore,
  DimensionScore,
  ScoreOptions,
  StageRef,
} from './scoring/score-assessment.js';
export type { Level, PriceInput } from './scoring/evaluate.js';
export type { Blocking } from './scoring/stage-gates.js';
export type { Move } from './scoring/best-moves.js';
export { compareAssessments } from './scoring/compare-assessments.js';
export type { AssessmentComparison, DatedAnswers } from './scoring/compare-assessments.js';
export { rankBids } from './scoring/rank-bids.js';
export { BidError } from './scoring/bid-error.js';
export type { BidProblem, BidProblemCode } from './scoring/bid-error.js';
export type { Bid, BidRanking, RankedBid } from './scoring/rank-bids.js';
export { scoreEcosystem } from './scoring/score-ecosystem.js';
export type { EcosystemInput, EcosystemScore, Trajectory } from './scoring/score-ecosystem.js';
export type { PhaseBlocking } from './scoring/ecosystem-phase.js';
export { parseAnswers } from './scoring/parse-answers.js';
export type { AnswersProblem, ParsedAnswers } from './scoring/parse-answers.js';
