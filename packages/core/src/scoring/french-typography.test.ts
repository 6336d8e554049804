import { testFrenchTypographyOf } from '../text/french-typography.fixture.js';

// Scoring's messages (grid problems, bid errors, ecosystem conditions, best moves) reach a
// visitor beside the elements' texts and the grids' labels: the same apostrophe, and
// guillemets that never end a line apart from their word.
testFrenchTypographyOf(new URL('./', import.meta.url), ['framework-problems.ts', 'rank-bids.ts']);
