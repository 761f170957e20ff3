/** `conference-notes export`: one post from a session, an event day, an event or a topic, for one blog. */
import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ExportError } from '../../core/export/compose';
import { exportPost, type ExportResult } from '../../core/export/export-post';
import { exportOptions } from '../../core/export/options';
import { ExportArgsError, exportRequest, type ExportArgs, type ExportRequest } from '../../core/export/request';
import type { LoadedVault } from '../vault-reader';
import { vaultSource } from '../vault-source';
import { findSession } from './find-note';
import { InputError, UsageError } from './usage';

export interface ExportCliArgs extends ExportArgs {
  out?: string;
  force?: boolean;
}

/** `notice` takes a line for stderr that is no error (which topic an alias matched). */
export function exportCommand(vault: LoadedVault, root: string, a: ExportCliArgs, notice: (line: string) => void): string {
  let request: ExportRequest;
  try {
    request = exportRequest(vault.index, a, (given) => findSession(vault, root, given));
  } catch (e) {
    if (e instanceof ExportArgsError) throw e.usage ? new UsageError(e.message) : new InputError(e.message);
    throw e;
  }
  if (request.matchedTopic !== undefined) notice(`topic "${a.topic}" matched "${request.matchedTopic}"`);
  const { index } = vault;
  let result: ExportResult;
  try {
    result = exportPost(index, request.selection, exportOptions(index.settings, request.profile, request.language, request.toc), vaultSource(root, index.settings), new Date().toISOString().slice(0, 10));
  } catch (e) {
    if (e instanceof ExportError) throw new InputError(e.message);
    throw e;
  }
  // What the export could not do as the notes ask (a missing image, an embed cycle, no date): on stderr, the post is written.
  for (const p of result.problems) notice(`warning: ${p.path}: ${p.message}`);
  if (a.out === undefined) return result.files[0].content.replace(/\n$/, '');
  return writeExport(result, root, a.out, a.force === true).join('\n');
}

/** Writes the post and copies its attachments under `out`; nothing outside it, nothing over a file without --force. */
function writeExport(result: ExportResult, root: string, out: string, force: boolean): string[] {
  const base = resolve(out);
  if (existsSync(base) && !statSync(base).isDirectory()) throw new InputError(`--out must name a folder, and ${out} is a file`);
  const inside = (path: string): string => pathInside(out, path);
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

/** Where `path` lands under the folder `out`; refused when it would land outside (or on `out` itself). */
export function pathInside(out: string, path: string): string {
  const base = resolve(out);
  const target = resolve(base, path);
  // Compared by relative path, so that `--out /` (whose inside starts with "/", not "//") is allowed.
  const rel = relative(base, target);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new InputError(`refusing to write outside ${out}: ${path}`);
  return target;
}
