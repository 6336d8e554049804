import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { inne: 'src/inne.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  banner: { js: '#!/usr/bin/env node' },
  // The CLI ships core's compiled output through its dependency, not a second copy.
  external: ['@club-inne/core', 'yaml'],
});
