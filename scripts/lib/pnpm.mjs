// Gets the pinned pnpm (package.json `packageManager`, checked by its hash) through corepack
// into .tools/bin, so a machine with only Node and npm can run everything.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, '.tools', 'bin');

export function ensurePnpm() {
  process.env.PATH = `${bin}${delimiter}${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`;
  process.env.COREPACK_ENABLE_DOWNLOAD_PROMPT = '0';
  if (!existsSync(join(bin, 'pnpm'))) {
    mkdirSync(bin, { recursive: true });
    execFileSync('corepack', ['enable', '--install-directory', bin, 'pnpm'], { stdio: 'inherit' });
  }
  return join(bin, 'pnpm');
}

/** Runs a command in the repository root; returns true when it exits 0. */
export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  return r.status === 0;
}
