// Finds a Chromium for browser tests and benchmarks: CHROME_PATH first, then one on PATH,
// then (as root, with apt) Debian's `chromium` package. npm packages cannot download browsers
// on every machine, so the system browser is the one we rely on.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Flags for a headless Chromium on a closed network, as root. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && onPath('apt-get')) {
    console.log("› No Chromium found: installing Debian's chromium package (apt-get)…");
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      /* reported below */
    }
    const found = onPath('chromium');
    if (found) return found;
  }
  console.error(
    [
      '✗ No Chromium found for the browser tests.',
      '  Install one and run again, for example:',
      '    sudo apt-get install chromium        (Debian, Ubuntu)',
      '  or point CHROME_PATH at an installed Chrome or Chromium:',
      '    CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(2);
}
