// Runs the `inne` command as a user would, in a child process, from the TypeScript sources
// (no build needed): tests see its real exit code, stdout and stderr.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { output } from './output.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const entry = fileURLToPath(new URL('./inne.ts', import.meta.url));

export interface InneResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `inne …args`, resolved when the process exits. */
export function inne(args: string[], stdin?: string): Promise<InneResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=@club-inne/source', '--import', 'tsx', entry, ...args],
      { cwd: root, env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** Paths of the repository's files, from its root. */
export const repoPath = (path: string) => fileURLToPath(new URL(path, new URL(`file://${root}`)));

/**
 * `inne …args` inside the test process: the same command objects and exit codes, with
 * their output captured (see output.ts), at a fraction of a child process's start-up time.
 */
export async function inneHere(args: string[]): Promise<InneResult> {
  const { commands } = await import('./commands/index.js');
  const { detectLocale } = await import('./i18n.js');
  const [name, ...rest] = args;
  let stdout = '';
  let stderr = '';
  const saved = { ...output };
  output.out = (text) => void (stdout += text);
  output.err = (text) => void (stderr += text);
  try {
    const status = await commands[name!]!.run(rest, detectLocale(rest));
    return { status, stdout, stderr };
  } finally {
    Object.assign(output, saved);
  }
}
