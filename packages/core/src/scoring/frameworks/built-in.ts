import { deepFreeze } from '../deep-freeze.js';
import type { Framework, FrameworkDefinition } from '../framework-schema.js';

// The kit's own grids are data written and reviewed here. Running the grid checker on them
// each time a page loads them cost ~10 ms of a page's start-up for nothing: their tests check
// them instead (built-in.test.ts: valid, and exactly what `defineFramework` makes of them).
const builtIns = new WeakSet<object>();

/** A grid of the kit, trusted as written: frozen deeply, scored without being checked. */
export function builtIn(definition: FrameworkDefinition): Framework {
  const grid = deepFreeze(definition) as Framework;
  builtIns.add(grid);
  return grid;
}

/** Whether this exact object is one of the kit's grids (see `builtIn`). */
export function isBuiltIn(framework: object): boolean {
  return builtIns.has(framework);
}
