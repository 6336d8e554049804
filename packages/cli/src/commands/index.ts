import type { Command } from './command.js';
import { ics } from './ics.js';

/** Every `inne` command, by name. Each lives in its own file beside this one. */
export const commands: Record<string, Command> = {
  ics,
};
