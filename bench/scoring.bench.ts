// scoreAssessment with the default grid, hot: what a back office or a study pays to score a
// whole territory's assessments. 1,000 varied answer sets (levels, na, evidence, gaps), scored
// over and over; the median of several runs. Printed beside its target; never asserted.
// Rates are per second of this process's CPU time: the machine is shared, and wall-clock time
// would also measure the neighbours' work (the wall-clock rate is printed beside it).
import { frameworks, scoreAssessment } from '../packages/core/src/index.js';
import type { Answers } from '../packages/core/src/index.js';

const TARGET = 200_000;
const RUNS = 9;
const RUN_MS = 250;

// A fixed pseudo-random sequence, so that every run scores the same assessments.
let seed = 42;
const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const ids = frameworks.efcEct.dimensions.flatMap((d) => d.criteria.map((c) => c.id));
const evidence = ['none', 'declared', 'document', 'third-party', undefined] as const;
const sets: Answers[] = Array.from({ length: 1000 }, () => {
  const answers: Answers = {};
  for (const id of ids) {
    const r = next();
    if (r < 0.05) continue; // unanswered
    const level = r < 0.1 ? 'na' : (Math.floor(next() * 5) as 0 | 1 | 2 | 3 | 4);
    const e = evidence[Math.floor(next() * evidence.length)];
    answers[id] = e ? { level, evidence: e } : { level };
  }
  return answers;
});

let sink = 0;
const pass = () => {
  for (const answers of sets) sink += scoreAssessment(answers).overall;
};
for (let i = 0; i < 50; i++) pass(); // warm-up: JIT, and the grid's index built once

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const rates: number[] = [];
const wallRates: number[] = [];
for (let run = 0; run < RUNS; run++) {
  let scored = 0;
  const cpu = cpuMs();
  const wall = performance.now();
  while (cpuMs() - cpu < RUN_MS) {
    pass();
    scored += sets.length;
  }
  rates.push((scored / (cpuMs() - cpu)) * 1000);
  wallRates.push((scored / (performance.now() - wall)) * 1000);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const rate = median(rates);
const round = (n: number) => (Math.round(n / 1000) * 1000).toLocaleString('en');
console.log(
  `scoreAssessment (efc-ect): ${round(rate)} assessments/s  (target ≥ ${TARGET.toLocaleString('en')}/s) ${rate >= TARGET ? '✓' : '✗'}`,
);
console.log(
  `  per second of CPU time; wall clock on this machine now: ${round(median(wallRates))}/s`,
);
if (Number.isNaN(sink)) console.log('(unreachable: keeps the results alive)');
