// Packs a workspace package as npm would publish it (pnpm pack: workspace:^ ranges become
// versions) and unpacks it, so that checks and adoption tests see exactly what users get.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './pnpm.mjs';

/** Packs packages/<name> into `out`; returns the tarball and the folder it was unpacked to. */
export function pack(name, out) {
  const before = new Set(readdirSync(out));
  execFileSync('pnpm', ['pack', '--pack-destination', out], {
    cwd: join(root, 'packages', name),
    stdio: 'pipe',
  });
  const tarball = readdirSync(out).find(
    (f) => !before.has(f) && f.startsWith(`club-inne-${name}-`) && f.endsWith('.tgz'),
  );
  if (!tarball) throw new Error(`pnpm pack produced no tarball for ${name}`);
  const dir = join(out, `${name}-unpacked`);
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', join(out, tarball), '-C', dir, '--strip-components=1']);
  return { tarball: join(out, tarball), dir };
}

/** Every file of a folder, as paths relative to it. */
export function listFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(dir, `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}
