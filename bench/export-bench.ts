/** Exporting one 200-session event as a Jekyll post, note reads included (issue 6: at most 300 ms). */
import { join } from 'node:path';
import { exportPost } from '../src/core/export/export-post';
import { DEFAULT_EXPORT } from '../src/core/export/options';
import { vaultSource } from '../src/node/vault-source';
import { loadVault } from '../src/node/vault-reader';
import { generateVault } from './generate';
import { median, round2, time } from './stats';

export function measureExport(root: string): { export_event_200_ms: number; export_event_200_bytes: number } {
  const vault = generateVault(join(root, 'build', 'bench-vaults'), 200, 200);
  const { index } = loadVault(vault.dir);
  const event = [...index.catalog.events.keys()][0];
  let bytes = 0;
  const runs = [0, 1, 2, 3, 4, 5, 6].map(() =>
    time(() => {
      // A fresh source each time: every note is read from disk again.
      const result = exportPost(index, { kind: 'event', event }, { ...DEFAULT_EXPORT, profile: 'jekyll' }, vaultSource(vault.dir, index.settings), '2026-01-01');
      bytes = result.files[0].content.length;
    }),
  );
  return { export_event_200_ms: round2(median(runs.slice(1))), export_event_200_bytes: bytes };
}
