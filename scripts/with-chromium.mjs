#!/usr/bin/env node
// Runs a command with CHROME_PATH set to a Chromium found (or installed) by lib/chromium.mjs.
import { spawnSync } from 'node:child_process';
import { findChromium } from './lib/chromium.mjs';

process.env.CHROME_PATH = findChromium();
const [cmd, ...args] = process.argv.slice(2);
const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(r.status ?? 1);
