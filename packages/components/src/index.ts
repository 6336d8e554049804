// @club-inne/components: the element classes and what it takes to build more, with no side
// effects. Import '@club-inne/components/define' (or one element's module) to register tags.

// Elements
export { InneProjects } from './projects/inne-projects.js';
export type { InneFilterChangeDetail } from './projects/inne-projects.js';
export { InneProjectCard } from './project-card/inne-project-card.js';
export { InneEvents } from './events/inne-events.js';
export { InneMembershipCta } from './membership/inne-membership-cta.js';
export type { InneCtaClickDetail } from './membership/inne-membership-cta.js';
export { InneMaturityRadar } from './maturity-radar/inne-maturity-radar.js';
export type { RadarSeries } from './maturity-radar/radar-view.js';
export { InneMaturityAssessment } from './maturity-assessment/inne-maturity-assessment.js';
export type { InneAssessmentChangeDetail } from './maturity-assessment/inne-maturity-assessment.js';
export type { AnswersFile } from './maturity-assessment/answers-file.js';

// Foundation, for components built on it
export { InneElement } from './shared/inne-element.js';
export { defineElement } from './shared/define-element.js';
export { loadFeed, loaderSettings, resetFeedLoader } from './shared/feed-loader.js';
export type { LoadFailure, LoadResult, LoadedFeed } from './shared/feed-loader.js';
export type { FeedState } from './shared/feed-source.js';
export type {
  FeedSourceKind,
  InneErrorDetail,
  InneEventMap,
  InneLoadDetail,
} from './shared/events.js';
export { defaultFeedUrl } from './default-feed.js';
