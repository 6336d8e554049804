import { testFrenchTypographyOf } from '../../core/src/text/french-typography.fixture.js';

// The CLI's help, reports and errors quote core's messages, which are written with ’ and
// no-break spaces inside « » and before « : » (narrow ones before « ; ! ? »): one kind of
// apostrophe per line, and guillemets and punctuation that never start a line apart from
// their word.
testFrenchTypographyOf(new URL('./', import.meta.url), ['read-source.ts', 'commands/score.ts']);
