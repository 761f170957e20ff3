/**
 * The rows of the topic index pane, as plain data: topics (narrower ones nested
 * under broader ones), speakers or events with their talks (grouped by event,
 * newest first; or by day), and the talks related to the active note. The view
 * only draws the visible slice of them.
 */
import type { ConferenceIndex } from './conference-index';
import { speakerEntry, topicLabel } from './listings';
import { topicTree, type TopicTree } from './topic-tree';
import { collator } from '../text/normalize';
import { related, type Reason } from './related';
import type { SessionRecord } from './session-record';
import { compareTalkOrder } from './talk-order';

export type PaneTab = 'topics' | 'speakers' | 'events' | 'note';

/** `depth`: how far a row sits under nested topics, set only when above 0. */
export type Row =
  | { type: 'group'; key: string; kind: 'topic' | 'speaker' | 'event'; id: string; label: string; count: number; first?: string; last?: string; expanded: boolean; notePath?: string; depth?: number }
  | { type: 'heading'; key: string; label: string; count: number; day?: number; depth?: number }
  | { type: 'session'; key: string; path: string; title: string; speakers: string[]; date?: string; event?: string; reasons?: Reason[]; depth?: number };

export interface PaneQuery {
  tab: PaneTab;
  /** Group ids shown open. */
  expanded: ReadonlySet<string>;
  /** Ids the filter kept, best first; null when there is no filter. */
  matches: readonly string[] | null;
  /** The session note open in the editor, for the "This note" tab. */
  activePath?: string;
  speakerName: (key: string) => string;
  /** UI language for topic labels; English when absent. */
  lang?: string;
}

const year = (date: string | undefined): string | undefined => date?.slice(0, 4);

function sessionRow(s: SessionRecord, parent: string, q: PaneQuery, reasons?: Reason[], depth = 0): Row {
  const row: Row = { type: 'session', key: `${parent}/${s.path}`, path: s.path, title: s.title, speakers: s.speakers.map(q.speakerName) };
  if (s.date !== undefined) row.date = s.date;
  if (s.event !== undefined) row.event = s.event;
  if (reasons) row.reasons = reasons;
  if (depth > 0) row.depth = depth;
  return row;
}

/** Talks grouped by event, the newest event first, each event in talk order. */
function byEvent(sessions: SessionRecord[], parent: string, q: PaneQuery, depth = 0): Row[] {
  const groups = new Map<string, SessionRecord[]>();
  for (const s of sessions) {
    const key = s.event ?? '';
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const newest = (list: SessionRecord[]): string => list.reduce((m, s) => (s.date !== undefined && s.date > m ? s.date : m), '');
  const ordered = [...groups.entries()].sort((a, b) => (newest(b[1]) < newest(a[1]) ? -1 : newest(b[1]) > newest(a[1]) ? 1 : collator.compare(a[0], b[0])));
  const rows: Row[] = [];
  for (const [event, list] of ordered) {
    const heading: Row = { type: 'heading', key: `${parent}#${event}`, label: event, count: list.length };
    if (depth > 0) heading.depth = depth;
    rows.push(heading);
    for (const s of list.sort(compareTalkOrder)) rows.push(sessionRow(s, parent, q, undefined, depth));
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
  kind: 'speaker' | 'event';
  id: string;
  label: string;
  notePath?: string;
  /** Unsorted: only an open group sorts its talks. */
  sessions: SessionRecord[];
}

/** Speakers or events with talks, without sorting any group's talks (a collapsed group needs only its count). */
function groups(index: ConferenceIndex, tab: 'speakers' | 'events'): GroupSource[] {
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

/** A group's row: its count and the years its talks span. */
function groupRow(kind: 'topic' | 'speaker' | 'event', key: string, id: string, label: string, sessions: Iterable<SessionRecord>, q: PaneQuery, notePath: string | undefined, depth = 0): Row {
  let first: string | undefined;
  let last: string | undefined;
  let count = 0;
  for (const s of sessions) {
    count++;
    if (s.date === undefined) continue;
    if (first === undefined || s.date < first) first = s.date;
    if (last === undefined || s.date > last) last = s.date;
  }
  const row: Row = { type: 'group', key, kind, id, label, count, first: year(first), last: year(last), expanded: q.expanded.has(id) };
  if (notePath !== undefined) row.notePath = notePath;
  if (depth > 0) row.depth = depth;
  return row;
}

/**
 * Topics as a tree: a group counts its narrower topics' talks (each talk once);
 * open, it shows its narrower topics, then its own talks. A filter lists the
 * topics it found, the narrower ones too, at the top level.
 */
function topicRows(index: ConferenceIndex, q: PaneQuery): Row[] {
  const tree: TopicTree = topicTree(index);
  const vocabulary = index.catalog.vocabulary;
  const label = (id: string): string => topicLabel(index, id, q.lang);
  const ordered = (ids: string[]): string[] => ids.map((id) => ({ id, n: tree.nodes.get(id)!.all.size, l: label(id) })).sort((a, b) => b.n - a.n || collator.compare(a.l, b.l)).map((x) => x.id);
  const rows: Row[] = [];
  const visit = (id: string, depth: number, path: string[]): void => {
    const node = tree.nodes.get(id)!;
    const trail = [...path, id].join('>');
    const row = groupRow('topic', `topic:${trail}`, id, label(id), node.all, q, vocabulary.get(id)?.notePath, depth);
    rows.push(row);
    if (row.type !== 'group' || !row.expanded) return;
    // A cycle in topic notes must not nest a topic inside itself.
    for (const c of ordered(node.children)) if (!path.includes(c) && c !== id) visit(c, depth + 1, [...path, id]);
    rows.push(...byEvent([...node.own], trail, q, depth + 1));
  };
  const top = q.matches ? q.matches.filter((id) => tree.nodes.has(id)) : ordered(tree.roots);
  for (const id of top) visit(id, 0, []);
  return rows;
}

export function paneRows(index: ConferenceIndex, q: PaneQuery): Row[] {
  if (q.tab === 'note') {
    if (q.activePath === undefined || !index.session(q.activePath)) return [];
    return related(index, q.activePath, 50).map((r) => sessionRow(r.session, 'note', q, r.reasons));
  }
  if (q.tab === 'topics') return topicRows(index, q);
  let list = groups(index, q.tab);
  if (q.tab !== 'events') list.sort((a, b) => b.sessions.length - a.sessions.length || collator.compare(a.label, b.label));
  if (q.matches) {
    const order = new Map(q.matches.map((id, i) => [id, i]));
    list = list.filter((g) => order.has(g.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }
  const rows: Row[] = [];
  for (const g of list) {
    const row = groupRow(g.kind, `${g.kind}:${g.id}`, g.id, g.label, g.sessions, q, g.notePath);
    rows.push(row);
    if (q.expanded.has(g.id)) rows.push(...(g.kind === 'event' ? byDay(g.sessions, g.id, q) : byEvent(g.sessions, g.id, q)));
  }
  return rows;
}

/** The tree level (1 = top) a row sits at, for aria-level. */
export function treeLevel(row: Row): number {
  if (row.type === 'group') return (row.depth ?? 0) + 1;
  // Talks sit under their group: nested topics give them a depth, speakers and events do not.
  return Math.max(row.depth ?? 0, 1) + 1;
}

/**
 * Each row's place among its siblings (aria-posinset, aria-setsize): a virtual
 * list has only some rows in the DOM, so the tree must say where they sit.
 * Sub-headings are not tree items; talks under them count as one set.
 */
export function treePositions(rows: readonly Row[], flat: boolean): { pos: Int32Array; size: Int32Array } {
  const pos = new Int32Array(rows.length);
  const size = new Int32Array(rows.length);
  const parent = new Int32Array(rows.length);
  const counts = new Map<number, number>();
  const groupAt: number[] = [];
  rows.forEach((row, i) => {
    if (row.type === 'heading') return;
    const level = flat ? 1 : treeLevel(row);
    parent[i] = level === 1 ? -1 : (groupAt[level - 1] ?? -1);
    if (row.type === 'group') groupAt[level] = i;
    pos[i] = (counts.get(parent[i]) ?? 0) + 1;
    counts.set(parent[i], pos[i]);
  });
  rows.forEach((row, i) => {
    if (row.type !== 'heading') size[i] = counts.get(parent[i]) ?? 0;
  });
  return { pos, size };
}
