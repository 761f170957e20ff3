/** The CLI's commands over a loaded vault; each returns the text to print. */
import type { ConferenceIndex } from '../../core/conference-index';
import { indexJson } from '../../core/index-json';
import { lint } from '../../core/lint';
import { listTopics, speakerName, topicLabel } from '../../core/listings';
import type { Problem } from '../../core/note-meta';
import { collator } from '../../core/normalize';
import { Searcher } from '../../core/search/searcher';
import { related, type Reason } from '../../core/related';
import type { LoadedVault } from '../vault-reader';
import { findSession } from './find-note';
import { problemLines, table } from './format';

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
  const hits = new Searcher(vault.index).search(query, limit);
  if (asJson) return json(hits);
  if (hits.length === 0) return `Nothing found for "${query}".`;
  return table(hits.map((h) => [h.kind, h.label, h.path ?? '', h.score.toFixed(2)]));
}

export function relatedCommand(vault: LoadedVault, root: string, notePath: string, limit: number, asJson: boolean): string {
  const path = findSession(vault, root, notePath);
  const results = related(vault.index, path, limit).map((r) => ({
    path: r.session.path,
    title: r.session.title,
    score: Math.round(r.score * 1000) / 1000,
    reasons: r.reasons.map((reason) => describeReason(vault.index, reason)),
  }));
  if (asJson) return json(results);
  if (results.length === 0) return 'No related sessions.';
  return table(results.map((r) => [r.score.toFixed(2), r.title, r.reasons.join(', ')]));
}

export function lintProblems(vault: LoadedVault): Problem[] {
  return [...vault.readProblems, ...lint(vault.index)];
}

/** The problems found; the caller exits 1 when there are any. */
export function lintCommand(problems: Problem[], asJson: boolean): string {
  return asJson ? json(problems) : problemLines(problems);
}

export function describeReason(index: ConferenceIndex, reason: Reason): string {
  switch (reason.kind) {
    case 'topic':
      return `topic: ${topicLabel(index, reason.id)}`;
    case 'speaker':
      return `speaker: ${speakerName(index, reason.id)}`;
    case 'same-event':
      return `same event: ${reason.id}`;
    case 'next-talk':
      return 'next talk';
    case 'previous-talk':
      return 'previous talk';
  }
}
