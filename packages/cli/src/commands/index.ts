import { buildFeed } from './build-feed.js';
import type { Command } from './command.js';
import { ics } from './ics.js';
import { schema } from './schema.js';
import { score } from './score.js';
import { validate } from './validate.js';

/** Every `inne` command, by name. Each lives in its own file beside this one. */
export const commands: Record<string, Command> = {
  validate,
  schema,
  'build-feed': buildFeed,
  ics,
  score,
};
