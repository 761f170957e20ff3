/**
 * Small vaults on disk for the privacy suites: one event, a public session
 * that reaches private content by some route, and a private session in the
 * same day, event and topic. Private content carries a marker that must never
 * reach any output file.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Profile } from '../../src/core/export/options';
import { run, type CliRun } from './run-cli';

export const PUBLIC = 'Talks/Public.md';
export const PRIVATE = 'Talks/Private.md';
/** Text of the public talk, which every export must show. */
export const VISIBLE = 'shown-to-everyone';

export type SelectionName = 'session' | 'day' | 'event' | 'topic';
export const SELECTIONS: readonly SelectionName[] = ['session', 'day', 'event', 'topic'];

const SELECTION_ARGS: Record<SelectionName, string[]> = {
  session: ['--session', PUBLIC],
  day: ['--event', 'Event', '--day', '1'],
  event: ['--event', 'Event'],
  topic: ['--topic', 'FDS'],
};

/** Front matter of a session of the test event, plus `extra` lines. */
export function session(extra: string, eol = '\n'): string {
  return ['---', 'type: session', 'event: "[[Event]]"', 'day: 1', 'topics: [FDS]', ...extra.split('\n').filter((l) => l !== ''), '---', ''].join(eol);
}

/** A private note (a session of the event, so selections meet it too) with the marker everywhere: title, properties, body, a section, a block, an attachment. */
export function privateNote(marker: string, privacy = 'private: true'): string {
  return `${session(`summary: "${marker}"\n${privacy}`)}# Private talk ${marker}\n\n${marker} in a block ^blk\n\n## Secret heading\n\n${marker} under the heading\n\n![[secret.png]]\n`;
}

export interface VaultSpec {
  /** Text of the public session's body (after its front matter). */
  body: string;
  /** Privacy line(s) of Talks/Private.md. */
  privacy?: string;
  /** More files (vault path → text), or replacements. */
  files?: Record<string, string>;
  /** The plugin's saved settings (data.json). */
  settings?: Record<string, unknown>;
}

/** Writes a vault for `marker` under a fresh temp folder; returns its root. */
export function writeVault(marker: string, spec: VaultSpec): string {
  const root = mkdtempSync(join(tmpdir(), 'cn-privacy-'));
  const files: Record<string, string> = {
    'Event.md': '---\ntype: event\nstart: 2024-05-01\nend: 2024-05-02\n---\n# Event\n',
    [PUBLIC]: `${session('time: "10:00"')}# Public talk\n\n${VISIBLE}\n\n${spec.body}\n`,
    [PRIVATE]: privateNote(marker, spec.privacy),
    'Talks/secret.png': `PNG ${marker}`,
    'Talks/public.png': 'PNG public',
    ...spec.files,
  };
  if (spec.settings) files['.obsidian/plugins/conference-notes/data.json'] = JSON.stringify(spec.settings);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export interface Exported {
  cli: CliRun;
  /** Every output file's bytes, as text, by path. */
  files: Record<string, string>;
}

/** Exports one selection of the vault with one profile into a fresh folder. */
export function exportVault(root: string, profile: Profile, selection: SelectionName | string[]): Exported {
  const out = mkdtempSync(join(tmpdir(), 'cn-privacy-out-'));
  const args = typeof selection === 'string' ? SELECTION_ARGS[selection] : selection;
  const cli = run('export', root, ...args, '--profile', profile, '--out', out);
  const files: Record<string, string> = {};
  for (const e of readdirSync(out, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) files[join(e.parentPath, e.name).slice(out.length + 1)] = readFileSync(join(e.parentPath, e.name), 'latin1');
  }
  return { cli, files };
}

/** Where the marker shows up (in any case, as slugs lower it): file names, contents, or what the CLI printed. */
export function leaks(marker: string, exported: Exported): string[] {
  const m = marker.toLowerCase();
  const places = Object.entries(exported.files).filter(([path, bytes]) => `${path}\n${bytes}`.toLowerCase().includes(m)).map(([path]) => path);
  if (`${exported.cli.out}${exported.cli.err}`.toLowerCase().includes(m)) places.push('(CLI output)');
  return places;
}
