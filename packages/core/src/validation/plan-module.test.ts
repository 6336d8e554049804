import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { planModule, planModuleUrl } from './plan-module.js';

test('validation-plan.generated.ts is what `pnpm generate` writes for today’s schemas', async () => {
  const committed = readFileSync(planModuleUrl, 'utf8');
  // A schema changed without `pnpm generate`: browsers would check the old rules.
  assert.equal(committed, await planModule(), 'out of date: run `pnpm generate`');
});
