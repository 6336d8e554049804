// scoreAssessment with the default grid, hot: what a back office or a study pays to score a
// whole territory's assessments. A fixed set of 1,000 varied answer sets (every stage from 0 to
// 5, evidence of every kind, `na`, gaps, a few unknown keys, some in a shuffled order), scored
// in turn so that no single object is hot; a warm-up, then batches of equal work, the median
// printed beside its target with the slowest and fastest batch. Never asserted.
// Rates are per second of this process's CPU time: the machine is shared, and wall-clock time
// would also measure the neighbours' work (the wall-clock median is printed beside it).
import { frameworks, scoreAssessment } from '../packages/core/src/index.js';
import type { Answers, Level } from '../packages/core/src/index.js';
import { figure, machineLoad, median } from './lib/report.mjs';

const TARGET = 200_000;
const SETS = 1_000;
const WARM_UP = 30; // passes over the set: JIT, and the grid's index and sentences built once
const BATCHES = 15;
const PER_BATCH = 50_000; // assessments, a fixed amount of work per batch

// A fixed pseudo-random sequence, so that every run scores the same assessments.
let seed = 42;
const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
const ids = frameworks.efcEct.dimensions.flatMap((d) => d.criteria.map((c) => c.id));
const weak = ['none', 'declared', undefined] as const;
const strong = ['document', 'third-party'] as const;

/** One subject's answers around a maturity of 0 to 4, so that every stage comes up. */
function answerSet(): Answers {
  const maturity = next() * 4.5;
  const entries: [string, Answers[string]][] = [];
  for (const id of ids) {
    const r = next();
    if (r < 0.05) continue; // unanswered
    if (r < 0.09) {
      entries.push([id, { level: 'na' }]);
      continue;
    }
    const level = Math.max(0, Math.min(4, Math.round(maturity + (next() - 0.5) * 2.5))) as Level;
    // Higher levels are more often backed by a document or a third party.
    const evidence = next() < level / 5 ? pick(strong) : pick(weak);
    entries.push([id, evidence ? { level, evidence } : { level }]);
  }
  if (next() < 0.02) entries.push(['offer.logik', { level: 2 }]); // a typo: reported as unknown
  if (next() < 0.2) {
    // Not every file follows the grid's order: a Fisher–Yates shuffle.
    for (let i = entries.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [entries[i], entries[j]] = [entries[j]!, entries[i]!];
    }
  }
  return Object.fromEntries(entries);
}
const sets = Array.from({ length: SETS }, answerSet);

const stages = new Array<number>(frameworks.efcEct.stages!.length).fill(0);
for (const answers of sets) stages[scoreAssessment(answers).stage!.index]!++;

let sink = 0;
const pass = () => {
  for (const answers of sets) sink += scoreAssessment(answers).overall;
};
for (let i = 0; i < WARM_UP; i++) pass();

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const rates: number[] = [];
const wallRates: number[] = [];
for (let batch = 0; batch < BATCHES; batch++) {
  const cpu = cpuMs();
  const wall = performance.now();
  for (let scored = 0; scored < PER_BATCH; scored += SETS) pass();
  rates.push((PER_BATCH / (cpuMs() - cpu)) * 1000);
  wallRates.push((PER_BATCH / (performance.now() - wall)) * 1000);
}

const round = (n: number) => (Math.round(n / 1000) * 1000).toLocaleString('en');
console.log(machineLoad());
console.log(`${SETS.toLocaleString('en')} answer sets, by stage reached: ${stages.join(' / ')}`);
figure(
  `scoreAssessment (efc-ect), median of ${BATCHES} batches of ${PER_BATCH.toLocaleString('en')}`,
  median(rates),
  { unit: 'assessments/s', min: TARGET, digits: 0 },
);
const slowest = Math.min(...rates);
console.log(
  `  slowest batch ${round(slowest)}/s ${slowest >= TARGET ? '✓' : '✗'}, fastest ${round(Math.max(...rates))}/s` +
    ` (per second of CPU time); wall clock, median: ${round(median(wallRates))}/s`,
);
if (Number.isNaN(sink)) console.log('(unreachable: keeps the results alive)');
