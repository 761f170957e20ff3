/** `conference-notes export`: one post from a session, an event day, an event or a topic, for one blog. */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ExportError } from '../../core/export/compose';
import { exportPost, type ExportResult } from '../../core/export/export-post';
import { exportOptions } from '../../core/export/options';
import { ExportArgsError, exportRequest, type ExportArgs, type ExportRequest } from '../../core/export/request';
import type { LoadedVault } from '../vault-reader';
import { vaultSource } from '../vault-source';
import { InputError, UsageError } from './usage';

export interface ExportCliArgs extends ExportArgs {
  out?: string;
  force?: boolean;
}

export function exportCommand(vault: LoadedVault, root: string, a: ExportCliArgs): string {
  let request: ExportRequest;
  try {
    request = exportRequest(vault.index, a);
  } catch (e) {
    if (e instanceof ExportArgsError) throw e.usage ? new UsageError(e.message) : new InputError(e.message);
    throw e;
  }
  const { index } = vault;
  let result: ExportResult;
  try {
    result = exportPost(index, request.selection, exportOptions(index.settings, request.profile, request.language, request.toc), vaultSource(root), new Date().toISOString().slice(0, 10));
  } catch (e) {
    if (e instanceof ExportError) throw new InputError(e.message);
    throw e;
  }
  if (a.out === undefined) return result.files[0].content.replace(/\n$/, '');
  return writeExport(result, root, a.out, a.force === true).join('\n');
}

/** Writes the post and copies its attachments under `out`; nothing outside it, nothing over a file without --force. */
function writeExport(result: ExportResult, root: string, out: string, force: boolean): string[] {
  const base = resolve(out);
  const inside = (path: string): string => {
    const target = resolve(base, path);
    if (target !== base && !target.startsWith(base + sep)) throw new InputError(`refusing to write outside ${out}: ${path}`);
    return target;
  };
  const targets = [...result.files.map((f) => inside(f.path)), ...result.attachments.map((a) => inside(a.to))];
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length > 0 && !force) throw new InputError(`already exists (use --force to replace): ${existing.map((t) => relative(base, t)).join(', ')}`);
  for (const f of result.files) {
    mkdirSync(dirname(inside(f.path)), { recursive: true });
    writeFileSync(inside(f.path), f.content);
  }
  for (const a of result.attachments) {
    mkdirSync(dirname(inside(a.to)), { recursive: true });
    copyFileSync(join(root, a.from), inside(a.to));
  }
  return [...result.files.map((f) => f.path), ...result.attachments.map((a) => a.to)];
}
