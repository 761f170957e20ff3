/** Timing helpers: medians over rounds, never single runs, because the machines are noisy. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Exposes V8's collector without a command-line flag: retained bytes are measured with it, and
// timed phases start from a collected heap so that earlier phases' garbage is not charged to them.
setFlagsFromString('--expose-gc');
export const gc = runInNewContext('gc') as () => void;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs the named jobs in alternating order for `rounds` rounds after one warm-up each. */
export function alternate(jobs: Record<string, () => unknown>, rounds: number): Record<string, number> {
  const names = Object.keys(jobs);
  for (const name of names) jobs[name]();
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...names].reverse() : names;
    for (const name of order) samples[name].push(time(jobs[name]));
  }
  return Object.fromEntries(names.map((n) => [n, Math.round(median(samples[n]) * 10) / 10]));
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;
