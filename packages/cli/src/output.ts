/**
 * Where the commands write. Tests swap these two functions to capture a command's output: under
 * `node --test`, process.stdout is the test runner's own channel and must not be patched.
 */
export const output = {
  out: (text: string): void => void process.stdout.write(text),
  err: (text: string): void => void process.stderr.write(text),
};

/** A line on standard output (reports, the feed, the schema). */
export const say = (line: string): void => output.out(line + '\n');

/** A line on standard error (usage, failures, and build-feed's report). */
export const warn = (line: string): void => output.err(line + '\n');
