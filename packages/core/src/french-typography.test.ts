import { testFrenchTypographyOf } from './text/french-typography.fixture.js';

// Core's French messages (feed issues, scoring, calendar and JSON-LD texts) reach a visitor
// beside the elements' texts and the grids' labels: the same apostrophe, and guillemets and
// punctuation that never start a line apart from their word.
testFrenchTypographyOf(new URL('./', import.meta.url), [
  'feed/messages.ts',
  'scoring/framework-problems.ts',
  'scoring/rank-bids.ts',
  'calendar/deadline-reminder.ts',
]);
