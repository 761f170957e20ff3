/**
 * One post from one or many session notes: talks in order, one merged front
 * matter (title by language, date, tags from canonical topics, categories from
 * the series, description), per talk a heading, a speaker line and the notes.
 */
import type { ConferenceIndex } from '../conference-index';
import { speakerName, topicLabel } from '../listings';
import type { SessionRecord } from '../session-record';
import { compareChronological, compareTalkOrder } from '../talk-order';
import type { ExportOptions, ExportSource } from './options';
import type { ExportState } from './export-state';
import { transformNote, type TransformContext } from './transform';
import { withoutTitle } from './without-title';

export type Selection = { kind: 'session'; path: string } | { kind: 'day'; event: string; day: number } | { kind: 'event'; event: string } | { kind: 'topic'; topic: string };

export interface PostHead {
  title: string;
  date: string;
  tags: string[];
  categories: string[];
  description: string;
}

export class ExportError extends Error {}

const WORDS = {
  ko: { day: (e: string, d: number) => `${e} ${d}일차 후기`, event: (e: string) => `${e} 후기`, topic: (t: string) => `${t} 발표 모음`, talks: (n: number) => `발표 ${n}개`, speakers: '발표자', slides: '발표 자료', video: '영상', contents: '목차' },
  en: { day: (e: string, d: number) => `${e} day ${d} recap`, event: (e: string) => `${e} recap`, topic: (t: string) => `Talks on ${t}`, talks: (n: number) => `${n} talks`, speakers: 'Speakers', slides: 'Slides', video: 'Video', contents: 'Contents' },
};

/** The talks a selection takes, private ones left out, in the order the post tells them. */
export function selectSessions(index: ConferenceIndex, selection: Selection): SessionRecord[] {
  const pick = (): SessionRecord[] => {
    if (selection.kind === 'session') {
      const s = index.session(selection.path);
      if (!s) throw new ExportError(`not a session note: ${selection.path}`);
      if (s.private) throw new ExportError(`private note, never exported: ${selection.path}`);
      return [s];
    }
    if (selection.kind === 'topic') return index.sessionsOfTopic(selection.topic).sort(compareChronological);
    if (!index.catalog.events.has(selection.event)) throw new ExportError(`unknown event: ${selection.event}`);
    const all = index.sessionsOfEvent(selection.event).sort(compareTalkOrder);
    return selection.kind === 'day' ? all.filter((s) => s.day === selection.day) : all;
  };
  const sessions = pick().filter((s) => !s.private);
  if (sessions.length === 0) throw new ExportError('nothing to export: no talks (or only private ones) in this selection');
  return sessions;
}

export function postHead(index: ConferenceIndex, selection: Selection, sessions: SessionRecord[], options: ExportOptions, today: string): PostHead {
  const w = WORDS[options.language];
  const event = selection.kind === 'day' || selection.kind === 'event' ? index.catalog.events.get(selection.event) : undefined;
  const title =
    selection.kind === 'session' ? sessions[0].title : selection.kind === 'topic' ? w.topic(topicLabel(index, selection.topic)) : selection.kind === 'day' ? w.day(event?.title ?? selection.event, selection.day) : w.event(event?.title ?? selection.event);
  const dates = sessions.map((s) => s.date).filter((d): d is string => d !== undefined);
  const date = selection.kind === 'topic' ? dates.sort().pop() : dates[0] ?? event?.start;
  const counts = new Map<string, number>();
  for (const s of sessions) for (const t of s.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  const tags = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => topicLabel(index, id));
  const series = [...new Set(sessions.map((s) => (s.event ? index.catalog.events.get(s.event)?.series : undefined)).filter((x): x is string => x !== undefined))];
  const listed = sessions.map((s) => s.title).join(', ');
  const description = sessions.length === 1 ? sessions[0].title : `${w.talks(sessions.length)}: ${listed.length > 140 ? `${listed.slice(0, 139)}…` : listed}`;
  return { title, date: date ?? today, tags, categories: series, description };
}

/** The body of the post; `anchors` says how a talk's heading gets its id for the table of contents. */
export function postBody(index: ConferenceIndex, sessions: SessionRecord[], options: ExportOptions, source: ExportSource, ctx: Omit<TransformContext, 'source' | 'options' | 'state'>, state: ExportState, anchors: 'html' | 'attribute'): string {
  const w = WORDS[options.language];
  const full: TransformContext = { ...ctx, source, options, state };
  const merged = sessions.length > 1;
  const parts: string[] = [];
  if (options.header.trim()) parts.push(options.header.trim());
  if (merged && options.toc) parts.push(`**${w.contents}**\n\n${sessions.map((s, i) => `${i + 1}. [${s.title}](#talk-${i + 1})`).join('\n')}`);
  sessions.forEach((s, i) => {
    const section: string[] = [];
    if (merged) section.push(anchors === 'html' ? `<a id="talk-${i + 1}"></a>\n\n## ${s.title}` : `## ${s.title} {#talk-${i + 1}}`);
    section.push(speakerLine(index, s, w));
    const text = source.read(s.path) ?? '';
    // The note's own title heading is the post's (or the talk's) heading already.
    const notes = transformNote(withoutTitle(text), s.path, full, merged ? 1 : 0);
    if (notes) section.push(notes);
    parts.push(section.join('\n\n'));
  });
  if (options.footer.trim()) parts.push(options.footer.trim());
  return `${parts.join('\n\n')}\n`;
}

function speakerLine(index: ConferenceIndex, s: SessionRecord, w: (typeof WORDS)['en']): string {
  const items: string[] = [];
  const who = s.speakers.map((k) => speakerName(index, k)).join(', ');
  if (who) items.push(`**${w.speakers}** ${who}${s.org ? ` (${s.org})` : ''}`);
  const when = [s.date, s.time, s.track].filter((x) => x !== undefined).join(' ');
  if (when) items.push(when);
  if (s.slides) items.push(`[${w.slides}](${s.slides})`);
  if (s.video) items.push(`[${w.video}](${s.video})`);
  return items.join(' · ');
}
