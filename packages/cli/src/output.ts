import { printableLines } from './printable.js';

/**
 * Where the commands write. Tests swap these two functions to capture a command's output: under
 * `node --test`, process.stdout is the test runner's own channel and must not be patched.
 */
export const output = {
  out: (text: string): void => void process.stdout.write(text),
  err: (text: string): void => void process.stderr.write(text),
};

/**
 * A line on standard output (reports, JSON reports). Reports quote feeds, grids and file names
 * that anyone may have written: control characters are escaped (printable.ts). Raw data (the
 * feed build-feed writes, the calendar, the schema) goes through `output.out` as it is.
 */
export const say = (line: string): void => output.out(printableLines(line) + '\n');

/** A line on standard error (usage, failures, and build-feed's report), escaped like `say`. */
export const warn = (line: string): void => output.err(printableLines(line) + '\n');
