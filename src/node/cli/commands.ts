/** The CLI's commands over a loaded vault; each returns the text to print. */
import type { ConferenceIndex } from '../../core/index/conference-index';
import { indexJson } from '../../core/index/index-json';
import { lint } from '../../core/index/lint';
import { listTopics } from '../../core/index/listings';
import type { Problem } from '../../core/note/note-meta';
import { collator } from '../../core/text/normalize';
import { relatedOutput, searchOutput } from '../../core/search/query-output';
import { table } from '../../core/text/text-table';
import type { LoadedVault } from '../vault-reader';
import { findSession } from './find-note';
import { problemLines } from './format';

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
function topicTable(index: ConferenceIndex): string {
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

export function lintProblems(vault: LoadedVault): Problem[] {
  return [...vault.readProblems, ...lint(vault.index)];
}

/** The problems found; the caller exits 1 when there are any. */
export function lintCommand(problems: Problem[], asJson: boolean): string {
  return asJson ? json(problems) : problemLines(problems);
}
