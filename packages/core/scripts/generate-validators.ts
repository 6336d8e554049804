// `pnpm generate`: writes src/validation/validation-plan.generated.ts, the validation plan of
// the zod schemas that browsers use instead of zod. Run it after changing a schema: a test
// (plan-module.test.ts) fails while the committed file differs from what this would write.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { planModule, planModuleUrl } from '../src/validation/plan-module.js';

const text = await planModule();
if (existsSync(planModuleUrl) && readFileSync(planModuleUrl, 'utf8') === text) {
  console.log('validation-plan.generated.ts is up to date');
} else {
  writeFileSync(planModuleUrl, text);
  console.log('validation-plan.generated.ts written');
}
