// How every bench prints a figure: the value, its target, ✓ or ✗. Timings are reported, never
// asserted (a shared, noisy machine), so a ✗ does not change the exit code.
import { availableParallelism, loadavg } from 'node:os';

/** The median of a list of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Prints `label: value unit  (target ≤ max unit) ✓`. `max` or `min` is the target; `unit` is
 * `ms`, `×` (a ratio) or any word.
 * @param {string} label
 * @param {number} value
 * @param {{ unit: string, max?: number, min?: number, digits?: number }} target
 * @returns {boolean} whether the target is met
 */
export function figure(label, value, { unit, max, min, digits }) {
  const d = digits ?? (unit === '×' ? 2 : 1);
  const show = (n) =>
    `${n.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d })}${unit === '×' ? '×' : ` ${unit}`}`;
  const ok = max !== undefined ? value <= max : min !== undefined ? value >= min : true;
  const target = max !== undefined ? `≤ ${show(max)}` : min !== undefined ? `≥ ${show(min)}` : '';
  console.log(`${label}: ${show(value)}${target ? `  (target ${target}) ${ok ? '✓' : '✗'}` : ''}`);
  return ok;
}

/** One line on the state of the machine: timings mean little when it is busy. */
export function machineLoad() {
  const [one] = loadavg();
  const cores = availableParallelism();
  const busy = one > cores ? `  ⚠ busy machine: timings are inflated, compare ratios` : '';
  return `load average ${one.toFixed(1)} on ${cores} cores${busy}`;
}
