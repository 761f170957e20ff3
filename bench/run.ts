/**
 * `npm run bench [-- --json] [-- --sessions N]`: builds deterministic vaults
 * and measures, in one run on the same files, the CLI's `index` against the
 * floor of reading the notes and cutting out their front matter.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../src/node/cli/run';
import { generateVault } from './generate';
import { readAndCut } from './read-baseline';
import { alternate, round2 } from './stats';

const ROOT = join(__dirname, '..', '..');
const VAULTS = join(ROOT, 'build', 'bench-vaults');

interface Row {
  sessions: number;
  bytes_per_note: number;
  read_floor_ms: number;
  cli_index_ms: number;
  cli_ratio: number;
  process_floor_ms: number;
  process_cli_ms: number;
  process_ratio: number;
}

function measure(sessions: number): Row {
  const vault = generateVault(VAULTS, sessions);
  const silent = { out: () => undefined, err: (t: string) => process.stderr.write(`${t}\n`) };
  const inProcess = alternate(
    {
      floor: () => readAndCut(vault.dir),
      cli: () => runCli(['index', vault.dir, '--json'], silent),
    },
    sessions >= 50_000 ? 3 : 5,
  );
  const node = (args: string[]) => () => {
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  };
  const processes = alternate(
    {
      floor: node([join(ROOT, 'build', 'bench', 'read-baseline-process.js'), vault.dir]),
      cli: node([join(ROOT, 'dist', 'cli.js'), 'index', vault.dir, '--json']),
    },
    sessions >= 50_000 ? 3 : 5,
  );
  return {
    sessions,
    bytes_per_note: Math.round(vault.bytes / sessions),
    read_floor_ms: inProcess.floor,
    cli_index_ms: inProcess.cli,
    cli_ratio: round2(inProcess.cli / inProcess.floor),
    process_floor_ms: processes.floor,
    process_cli_ms: processes.cli,
    process_ratio: round2(processes.cli / processes.floor),
  };
}

function main(): void {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, sessions: { type: 'string', multiple: true } } });
  const sizes = (values.sessions ?? ['1000', '10000', '50000']).map(Number);
  const rows = sizes.map(measure);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(rows.map((r) => [r.sessions, r])), null, 2)}\n`);
    return;
  }
  process.stdout.write(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; medians of alternating rounds\n\n`);
  const head = ['sessions', 'bytes/note', 'read floor ms', 'cli index ms', 'ratio', 'process floor ms', 'process cli ms', 'ratio'];
  const lines = rows.map((r) => [r.sessions, r.bytes_per_note, r.read_floor_ms, r.cli_index_ms, r.cli_ratio, r.process_floor_ms, r.process_cli_ms, r.process_ratio].map(String));
  for (const line of [head, ...lines]) process.stdout.write(`${line.map((c) => c.padStart(18)).join('')}\n`);
}

main();
