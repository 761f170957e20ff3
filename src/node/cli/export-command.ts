/** `conference-notes export`: one post from a session, an event day, an event or a topic, for one blog. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ExportError } from '../../core/export/compose';
import { exportedPaths, exportPost, type ExportResult } from '../../core/export/export-post';
import { exportOptions, type BlogLayout } from '../../core/export/options';
import { ExportArgsError, exportRequest, type ExportArgs, type ExportRequest } from '../../core/export/request';
import { DiskWriteError, existingOnDisk, writeOnDisk, type DiskFile, type DiskIo } from '../../core/export/disk-writer';
import { messageOf } from '../system-error';
import type { LoadedVault } from '../vault-reader';
import { vaultSource } from '../vault-source';
import { findSession } from './find-note';
import { InputError, UsageError } from './usage';

export interface ExportCliArgs extends ExportArgs {
  out?: string;
  force?: boolean;
  /** A file holding the front matter template. */
  'front-matter'?: string;
  'post-path'?: string;
  'assets-path'?: string;
}

const DISK: DiskIo = { fs, path };

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
  const options = exportOptions(index.settings, request.profile, request.language, request.toc);
  // A flag given wins over the plugin's saved layout for this profile (data.json, read with the vault).
  options.layout = { ...options.layout, ...layoutFlags(a) };
  let result: ExportResult;
  try {
    result = exportPost(index, request.selection, options, vaultSource(root, index.settings, vault.allFiles), new Date().toISOString().slice(0, 10));
  } catch (e) {
    if (e instanceof ExportError) throw new InputError(e.message);
    throw e;
  }
  // What the export could not do as the notes ask (a missing image, an embed cycle, no date): on stderr, the post is written.
  for (const p of result.problems) notice(`warning: ${p.path}: ${p.message}`);
  if (a.out === undefined) return result.files[0].content.replace(/\n$/, '');
  return writeExport(result, root, a.out, a.force === true).join('\n');
}

function layoutFlags(a: ExportCliArgs): Partial<BlogLayout> {
  const layout: Partial<BlogLayout> = {};
  if (a['front-matter'] !== undefined) {
    try {
      layout.frontMatter = fs.readFileSync(a['front-matter'], 'utf8');
    } catch (e) {
      throw new InputError(`cannot read the front matter template ${a['front-matter']}: ${messageOf(e)}`);
    }
  }
  if (a['post-path'] !== undefined) layout.postPath = a['post-path'];
  if (a['assets-path'] !== undefined) layout.assetsPath = a['assets-path'];
  return layout;
}

/** Writes the post and copies its attachments under `out`; nothing outside it, nothing over a file without --force. */
function writeExport(result: ExportResult, root: string, out: string, force: boolean): string[] {
  if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) throw new InputError(`--out must name a folder, and ${out} is a file`);
  try {
    const existing = existingOnDisk(DISK, out, exportedPaths(result));
    if (existing.length > 0 && !force) throw new InputError(`already exists (use --force to replace): ${existing.join(', ')}`);
    const files: DiskFile[] = [...result.files.map((f) => ({ path: f.path, data: f.content })), ...result.attachments.map((x) => ({ path: x.to, copyFrom: path.join(root, x.from) }))];
    return writeOnDisk(DISK, out, files);
  } catch (e) {
    if (e instanceof DiskWriteError) throw new InputError(e.message);
    throw e;
  }
}
