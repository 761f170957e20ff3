/**
 * The rows of the topic index pane, as plain data: topics, speakers or events
 * with their talks (grouped by event, newest first; or by day), and the talks
 * related to the active note. The view only draws the visible slice of them.
 */
import type { ConferenceIndex } from './index/conference-index';
import { speakerEntry, topicLabel } from './index/listings';
import { collator } from './text/normalize';
import { related, type Reason } from './index/related';
import type { SessionRecord } from './index/session-record';
import { compareTalkOrder } from './index/talk-order';

export type PaneTab = 'topics' | 'speakers' | 'events' | 'note';

export type Row =
  | { type: 'group'; key: string; kind: 'topic' | 'speaker' | 'event'; id: string; label: string; count: number; first?: string; last?: string; expanded: boolean; notePath?: string }
  | { type: 'heading'; key: string; label: string; count: number; day?: number }
  | { type: 'session'; key: string; path: string; title: string; speakers: string[]; date?: string; event?: string; reasons?: Reason[] };

export interface PaneQuery {
  tab: PaneTab;
  /** Group ids shown open. */
  expanded: ReadonlySet<string>;
  /** Ids the filter kept, best first; null when there is no filter. */
  matches: readonly string[] | null;
  /** The session note open in the editor, for the "This note" tab. */
  activePath?: string;
  speakerName: (key: string) => string;
}

const year = (date: string | undefined): string | undefined => date?.slice(0, 4);

function sessionRow(s: SessionRecord, parent: string, q: PaneQuery, reasons?: Reason[]): Row {
  const row: Row = { type: 'session', key: `${parent}/${s.path}`, path: s.path, title: s.title, speakers: s.speakers.map(q.speakerName) };
  if (s.date !== undefined) row.date = s.date;
  if (s.event !== undefined) row.event = s.event;
  if (reasons) row.reasons = reasons;
  return row;
}

/** Talks grouped by event, the newest event first, each event in talk order. */
function byEvent(sessions: SessionRecord[], parent: string, q: PaneQuery): Row[] {
  const groups = new Map<string, SessionRecord[]>();
  for (const s of sessions) {
    const key = s.event ?? '';
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const newest = (list: SessionRecord[]): string => list.reduce((m, s) => (s.date !== undefined && s.date > m ? s.date : m), '');
  const ordered = [...groups.entries()].sort((a, b) => (newest(b[1]) < newest(a[1]) ? -1 : newest(b[1]) > newest(a[1]) ? 1 : collator.compare(a[0], b[0])));
  const rows: Row[] = [];
  for (const [event, list] of ordered) {
    rows.push({ type: 'heading', key: `${parent}#${event}`, label: event, count: list.length });
    for (const s of list.sort(compareTalkOrder)) rows.push(sessionRow(s, parent, q));
  }
  return rows;
}

/** Talks of one event grouped by day. */
function byDay(sessions: SessionRecord[], parent: string, q: PaneQuery): Row[] {
  const rows: Row[] = [];
  let day: number | undefined | null = null;
  const sorted = [...sessions].sort(compareTalkOrder);
  for (const s of sorted) {
    if (s.day !== day) {
      day = s.day;
      const heading: Row = { type: 'heading', key: `${parent}#day${day ?? ''}`, label: '', count: sorted.filter((x) => x.day === day).length };
      if (day !== undefined) heading.day = day;
      rows.push(heading);
    }
    rows.push(sessionRow(s, parent, q));
  }
  return rows;
}

interface GroupSource {
  kind: 'topic' | 'speaker' | 'event';
  id: string;
  label: string;
  notePath?: string;
  /** Unsorted: only an open group sorts its talks. */
  sessions: SessionRecord[];
}

/** Groups with talks, without sorting any group's talks (a collapsed group needs only its count). */
function groups(index: ConferenceIndex, tab: 'topics' | 'speakers' | 'events'): GroupSource[] {
  if (tab === 'topics') {
    return index.topicIds().map((id) => ({ kind: 'topic', id, label: topicLabel(index, id), notePath: index.catalog.vocabulary.get(id)?.notePath, sessions: index.sessionsOfTopic(id) }));
  }
  if (tab === 'speakers') {
    return index.speakerKeys().map((key) => {
      const s = speakerEntry(index, key);
      return { kind: 'speaker', id: key, label: s.name, notePath: s.notePath, sessions: index.sessionsOfSpeaker(key) };
    });
  }
  return [...index.catalog.events.values()]
    .sort((a, b) => (b.start ?? '').localeCompare(a.start ?? '') || collator.compare(a.id, b.id))
    .map((e) => ({ kind: 'event', id: e.id, label: e.title, notePath: e.path, sessions: index.sessionsOfEvent(e.id) }));
}

export function paneRows(index: ConferenceIndex, q: PaneQuery): Row[] {
  if (q.tab === 'note') {
    if (q.activePath === undefined || !index.session(q.activePath)) return [];
    return related(index, q.activePath, 50).map((r) => sessionRow(r.session, 'note', q, r.reasons));
  }
  let list = groups(index, q.tab);
  if (q.tab !== 'events') list.sort((a, b) => b.sessions.length - a.sessions.length || collator.compare(a.label, b.label));
  if (q.matches) {
    const order = new Map(q.matches.map((id, i) => [id, i]));
    list = list.filter((g) => order.has(g.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }
  const rows: Row[] = [];
  for (const g of list) {
    let first: string | undefined;
    let last: string | undefined;
    for (const s of g.sessions) {
      if (s.date === undefined) continue;
      if (first === undefined || s.date < first) first = s.date;
      if (last === undefined || s.date > last) last = s.date;
    }
    const expanded = q.expanded.has(g.id);
    const row: Row = { type: 'group', key: `${g.kind}:${g.id}`, kind: g.kind, id: g.id, label: g.label, count: g.sessions.length, first: year(first), last: year(last), expanded };
    if (g.notePath !== undefined) row.notePath = g.notePath;
    rows.push(row);
    if (expanded) rows.push(...(g.kind === 'event' ? byDay(g.sessions, g.id, q) : byEvent(g.sessions, g.id, q)));
  }
  return rows;
}
