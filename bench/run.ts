/**
 * `npm run bench [-- --json] [-- --sessions N]…`: generates deterministic vaults
 * and measures, in one run on the same files, the index and search (issue 3),
 * the live index's catalog edits and cold fill (issue 10) and the CLI's `index`
 * against reading the notes (issue 2). See BENCHMARKS.md.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureCli } from './cli-bench';
import { measureExport } from './export-bench';
import { generateVault } from './generate';
import { measureLive } from './live-bench';
import { readNotesForBench } from './read-baseline';
import { measureSearch } from './search-bench';
import { round2 } from './stats';

const ROOT = join(__dirname, '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, sessions: { type: 'string', multiple: true } } });
  const sizes = (values.sessions ?? ['1000', '10000', '50000']).map(Number);
  const results: Record<string, Record<string, number>> = {};
  const exported = measureExport(ROOT);
  for (const n of sizes) {
    const vault = generateVault(join(ROOT, 'build', 'bench-vaults'), n);
    const search = await measureSearch(vault);
    const live = await measureLive(vault, readNotesForBench(vault.dir));
    const cold_fill_ratio = round2(live.cold_fill_ms / search.cold_index_ms);
    results[n] = { ...search, ...live, cold_fill_ratio, ...measureCli(vault, ROOT), bytes_per_note: Math.round(vault.bytes / n), ...exported };
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  process.stdout.write(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; medians and percentiles of repeated runs\n\n`);
  const keys = Object.keys(results[sizes[0]]);
  const width = Math.max(...keys.map((k) => k.length)) + 2;
  process.stdout.write(`${'sessions'.padEnd(width)}${sizes.map((n) => String(n).padStart(12)).join('')}\n`);
  for (const key of keys) process.stdout.write(`${key.padEnd(width)}${sizes.map((n) => String(results[n][key]).padStart(12)).join('')}\n`);
}

void main();
