/** The CLI's `index` against the floor of reading the notes and cutting their front matter. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../src/node/cli/run';
import type { GeneratedVault } from './generate';
import { readAndCut } from './read-baseline';
import { alternate, round2 } from './stats';

export interface CliFigures {
  read_floor_ms: number;
  cli_index_ms: number;
  cli_ratio: number;
  process_floor_ms: number;
  process_cli_ms: number;
  process_ratio: number;
  cli_search_ms: number;
  cli_search_ratio: number;
  process_search_ms: number;
  process_search_ratio: number;
}

export function measureCli(vault: GeneratedVault, root: string): CliFigures {
  const rounds = vault.sessions >= 50_000 ? 3 : 5;
  const silent = { out: () => undefined, err: (t: string) => process.stderr.write(`${t}\n`) };
  const inProcess = alternate(
    {
      floor: () => readAndCut(vault.dir),
      cli: () => runCli(['index', vault.dir, '--json'], silent),
      search: () => runCli(['search', vault.dir, '추천 시스템', '--json'], silent),
    },
    rounds,
  );
  const node = (args: string[]) => () => {
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  };
  const processes = alternate(
    {
      floor: node([join(root, 'build', 'bench', 'read-baseline-process.js'), vault.dir]),
      cli: node([join(root, 'dist', 'cli.js'), 'index', vault.dir, '--json']),
      search: node([join(root, 'dist', 'cli.js'), 'search', vault.dir, '추천 시스템', '--json']),
    },
    rounds,
  );
  return {
    read_floor_ms: inProcess.floor,
    cli_index_ms: inProcess.cli,
    cli_ratio: round2(inProcess.cli / inProcess.floor),
    process_floor_ms: processes.floor,
    process_cli_ms: processes.cli,
    process_ratio: round2(processes.cli / processes.floor),
    cli_search_ms: inProcess.search,
    cli_search_ratio: round2(inProcess.search / inProcess.floor),
    process_search_ms: processes.search,
    process_search_ratio: round2(processes.search / processes.floor),
  };
}
