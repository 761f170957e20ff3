/** The CLI's commands over a loaded vault; each returns the text to print. */
import { relative, resolve, sep } from 'node:path';
import type { ConferenceIndex } from '../../core/conference-index';
import { indexJson } from '../../core/index-json';
import { lint } from '../../core/lint';
import { listTopics } from '../../core/listings';
import { basename } from '../../core/note-meta';
import { collator } from '../../core/normalize';
import { relatedOutput, searchOutput } from '../../core/query-output';
import { table } from '../../core/text-table';
import type { LoadedVault } from '../vault-reader';
import { problemLines } from './format';
import { InputError } from './usage';

/** Machine-readable output is one compact line; pipe it through `jq` to read it. */
const json = (value: unknown): string => JSON.stringify(value);

export function indexCommand(vault: LoadedVault, asJson: boolean): string {
  const data = indexJson(vault.index);
  data.problems = [...vault.readProblems, ...data.problems];
  if (asJson) return json(data);
  const summary = `${data.events.length} events, ${data.sessions.length} sessions, ${data.topics.length} topics, ${data.speakers.length} speakers, ${data.problems.length} problems`;
  return `${topicTable(vault.index)}\n\n${summary}`;
}

/** Topic → sessions by event: the cross-event topic index as a table. */
export function topicTable(index: ConferenceIndex): string {
  const rows: string[][] = [['Topic', 'Event', 'Date', 'Session']];
  const topics = listTopics(index)
    .filter((t) => t.sessions.length > 0)
    .sort((a, b) => b.sessions.length - a.sessions.length || collator.compare(a.label, b.label));
  for (const topic of topics) {
    topic.sessions.forEach((s, i) => {
      const head = i === 0 ? `${topic.label} (${topic.sessions.length})` : '';
      rows.push([head, s.event ?? '—', s.date ?? '', s.title]);
    });
  }
  return table(rows);
}

export function searchCommand(vault: LoadedVault, query: string, limit: number, asJson: boolean): string {
  return searchOutput(vault.index, query, limit, asJson);
}

export function relatedCommand(vault: LoadedVault, root: string, notePath: string, limit: number, asJson: boolean): string {
  return relatedOutput(vault.index, findSession(vault, root, notePath), limit, asJson);
}

export function lintCommand(vault: LoadedVault, asJson: boolean): string {
  const problems = [...vault.readProblems, ...lint(vault.index)];
  return asJson ? json(problems) : problemLines(problems);
}

/** A session by vault path, path on disk, or unique file name; NFC or NFD. */
function findSession(vault: LoadedVault, root: string, given: string): string {
  const wanted = given.normalize('NFC').replace(/\\/g, '/');
  const inside = relative(resolve(root), resolve(given)).split(sep).join('/').normalize('NFC');
  const candidates = [wanted, `${wanted}.md`, inside, `${inside}.md`];
  let path = candidates.find((p) => vault.index.note(p) !== undefined);
  if (path === undefined) {
    const byName = vault.files.filter((f) => basename(f.path) === basename(wanted));
    if (byName.length === 1) path = byName[0].path;
  }
  if (path === undefined) throw new InputError(`note not found in the vault: ${given}`);
  if (vault.index.note(path)?.kind !== 'session') throw new InputError(`not a session note (type: session): ${path}`);
  return path;
}
