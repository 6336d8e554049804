import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frenchTypographyFaults } from '../../text/french-typography.fixture.js';
import { phaseLabels } from '../../vocabulary/labels.js';
import { validateFramework } from '../define-framework.js';
import { efcEctRules } from './efc-ect-rules.js';
import { frameworks } from './frameworks.js';
import { isBuiltIn } from './built-in.js';

// The kit's grids are not checked when a page loads them (see built-in.ts): these tests are
// their check.

for (const grid of Object.values(frameworks)) {
  test(`${grid.id}: the grid checker finds no problem, and its result is the grid as written`, () => {
    const result = validateFramework(grid);
    assert.deepEqual(result.problems, []);
    // Same fields, same values, same order: the grid as `defineFramework` would make it.
    assert.equal(JSON.stringify(result.framework), JSON.stringify(grid));
  });

  test(`${grid.id}: its texts use the typographic apostrophe and no-break spaces in « », as the elements’ texts beside them`, () => {
    // A visitor reads "Attestation d’un tiers" (the element's) beside "Logique d’offre" (the
    // grid's): a straight ' in one of them shows as a different character in the same line.
    assert.deepEqual(frenchTypographyFaults(grid), []);
  });

  test(`${grid.id}: no name of a dimension or criterion ends a line on « & »`, () => {
    // The radar's key and the form wrap names in narrow columns: « Gouvernance & » on one
    // line and « formalisation » on the next read as two names.
    const names = grid.dimensions.flatMap((d) => [d.label, ...d.criteria.map((c) => c.label)]);
    const loose = names.flatMap((n) => [n.fr, n.en]).filter((n) => n.includes('& '));
    assert.deepEqual(loose, []);
  });

  test(`${grid.id}: frozen all the way down, and trusted by scoring`, () => {
    const objects: object[] = [];
    const walk = (value: unknown) => {
      if (typeof value !== 'object' || value === null) return;
      objects.push(value);
      Object.values(value).forEach(walk);
    };
    walk(grid);
    assert.ok(objects.length > 20);
    for (const o of objects) assert.ok(Object.isFrozen(o), JSON.stringify(o).slice(0, 80));
    assert.ok(isBuiltIn(grid));
  });
}

test('the stage rules are frozen too, and the vocabulary the grid names is left as it is', () => {
  assert.ok(Object.isFrozen(efcEctRules.stages![1]!.gate!.criteria));
  assert.ok(Object.isFrozen(efcEctRules.dimensions[0]!.criteria[0]));
  assert.deepEqual(frameworks.efcEct.ecosystem!.phases[0]!.label, phaseLabels.emergence);
  assert.ok(!Object.isFrozen(phaseLabels.emergence));
});

test('a copy of a built-in grid is not trusted: scoring checks it', () => {
  assert.ok(!isBuiltIn({ ...frameworks.efcEct }));
});
