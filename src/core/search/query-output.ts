/**
 * What `search` and `related` print, shared by the Node CLI and Obsidian's own
 * CLI (1.12.2+): a table for people, one compact JSON line with `json`.
 */
import type { ConferenceIndex } from '../index/conference-index';
import { speakerName, topicLabel } from '../index/listings';
import { related, type Reason } from '../index/related';
import { Searcher } from './searcher';
import { table } from '../text/text-table';

/** `--limit` / `limit=`: a whole number above 0, 20 when not given; a RangeError names what was wrong. */
export function readLimit(value: string | undefined): number {
  if (value === undefined) return 20;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`--limit takes a whole number above 0, not "${value}"`);
  return n;
}

export function searchOutput(index: ConferenceIndex, query: string, limit: number, asJson: boolean): string {
  const hits = new Searcher(index).search(query, limit);
  // The CLI's documented fields (DESIGN.md §5); which alias matched is for the plugin's suggestions.
  if (asJson) return JSON.stringify(hits.map((h) => ({ kind: h.kind, id: h.id, label: h.label, score: h.score, ...(h.path === undefined ? {} : { path: h.path }) })));
  if (hits.length === 0) return `Nothing found for "${query}".`;
  return table(hits.map((h) => [h.kind, h.label, h.path ?? '', h.score.toFixed(2)]));
}

/** `path` must be a session of the index. */
export function relatedOutput(index: ConferenceIndex, path: string, limit: number, asJson: boolean): string {
  const results = related(index, path, limit).map((r) => ({
    path: r.session.path,
    title: r.session.title,
    score: Math.round(r.score * 1000) / 1000,
    reasons: r.reasons.map((reason) => describeReason(index, reason)),
  }));
  if (asJson) return JSON.stringify(results);
  if (results.length === 0) return 'No related sessions.';
  return table(results.map((r) => [r.score.toFixed(2), r.title, r.reasons.join(', ')]));
}

function describeReason(index: ConferenceIndex, reason: Reason): string {
  switch (reason.kind) {
    case 'topic':
      return `topic: ${topicLabel(index, reason.id)}`;
    case 'broader':
      return `broader topic: ${topicLabel(index, reason.id)}`;
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
