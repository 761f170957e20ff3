/**
 * One post from one or many session notes: talks in order, one merged front
 * matter (title by language, date, tags from canonical topics in the post's language, categories from
 * the series, description), per talk a heading, a speaker line and the notes.
 */
import type { ConferenceIndex } from '../index/conference-index';
import { sessionsOfTopicTree, speakerName, talkDate, topicLabel } from '../index/listings';
import type { SessionRecord } from '../index/session-record';
import { compareChronological, compareTalkOrder } from '../index/talk-order';
import { markdownText } from './escape';
import type { ExportState } from './export-state';
import type { Language } from './language';
import type { ExportOptions, ExportSource } from './options';
import { transformNote, type TransformContext } from './transform';
import { withoutTitle } from './without-title';

/** `trip`: a whole event as a trip report (trip-report.ts). */
export type Selection = { kind: 'session'; path: string } | { kind: 'day'; event: string; day: number } | { kind: 'event'; event: string } | { kind: 'trip'; event: string } | { kind: 'topic'; topic: string };

export interface PostHead {
  title: string;
  date: string;
  tags: string[];
  categories: string[];
  description: string;
}

export class ExportError extends Error {}

/** Options with the language decided (see postLanguage). */
export type PostOptions = Omit<ExportOptions, 'language'> & { language: Language };

const WORDS = {
  ko: { day: (e: string, d: number) => `${e} ${d}일차 후기`, event: (e: string) => `${e} 후기`, trip: (e: string) => `${e} 참관기`, topic: (t: string) => `${t} 발표 모음`, talks: (n: number) => `발표 ${n}개`, speakers: '발표자', slides: '발표 자료', video: '영상', contents: '목차' },
  en: { day: (e: string, d: number) => `${e} day ${d} recap`, event: (e: string) => `${e} recap`, trip: (e: string) => `${e} trip report`, topic: (t: string) => `Talks on ${t}`, talks: (n: number) => `${n} talks`, speakers: 'Speakers', slides: 'Slides', video: 'Video', contents: 'Contents' },
};

/** The talks a selection takes, private ones left out, in the order the post tells them. */
export function selectSessions(index: ConferenceIndex, selection: Selection, source: Pick<ExportSource, 'isPrivate'>): SessionRecord[] {
  // The index's flag, and the source's word now (the note may have changed since it was indexed).
  const isPrivate = (s: SessionRecord): boolean => s.private || source.isPrivate(s.path);
  const pick = (): SessionRecord[] => {
    if (selection.kind === 'session') {
      const s = index.session(selection.path);
      if (!s) throw new ExportError(`not a session note: ${selection.path}`);
      if (isPrivate(s)) throw new ExportError(`private note, never exported: ${selection.path}`);
      return [s];
    }
    // A topic takes the talks of its narrower topics too (Service mesh takes Istio's).
    if (selection.kind === 'topic') return sessionsOfTopicTree(index, selection.topic).sort(compareChronological);
    if (!index.catalog.events.has(selection.event)) throw new ExportError(`unknown event: ${selection.event}`);
    const all = index.sessionsOfEvent(selection.event).sort(compareTalkOrder);
    return selection.kind === 'day' ? all.filter((s) => s.day === selection.day) : all;
  };
  const sessions = pick().filter((s) => !isPrivate(s));
  if (sessions.length === 0) throw new ExportError('nothing to export: no talks (or only private ones) in this selection');
  return sessions;
}

/** Topic ids with the number of talks that carry them, most first (ties by id). */
export function topicsByTalks(sessions: readonly SessionRecord[]): [id: string, talks: number][] {
  const counts = new Map<string, number>();
  for (const s of sessions) for (const t of s.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Title, date, tags and the rest of the front matter; a post no note dates gets today's date and a problem saying so. */
export function postHead(index: ConferenceIndex, selection: Selection, sessions: SessionRecord[], options: PostOptions, state: ExportState, today: string): PostHead {
  const w = WORDS[options.language];
  const event = selection.kind === 'day' || selection.kind === 'event' || selection.kind === 'trip' ? index.catalog.events.get(selection.event) : undefined;
  const title =
    selection.kind === 'session' ? sessions[0].title : selection.kind === 'topic' ? w.topic(topicLabel(index, selection.topic, options.language)) : selection.kind === 'day' ? w.day(event?.title ?? selection.event, selection.day) : w[selection.kind](event?.title ?? selection.event);
  const dates = sessions.map((s) => talkDate(index, s)).filter((d): d is string => d !== undefined);
  let date = selection.kind === 'topic' ? dates.sort().pop() : dates[0] ?? event?.start;
  if (date === undefined) {
    for (const s of sessions) state.problem(s.path, `no date (neither "date" nor its event's "start"): the post is dated today, ${today}`);
    date = today;
  }
  const tags = topicsByTalks(sessions).slice(0, options.tagLimit).map(([id]) => topicLabel(index, id, options.language));
  const series = [...new Set(sessions.map((s) => (s.event ? index.catalog.events.get(s.event)?.series : undefined)).filter((x): x is string => x !== undefined))];
  const listed = sessions.map((s) => s.title).join(', ');
  const description = sessions.length === 1 ? sessions[0].title : `${w.talks(sessions.length)}: ${listed.length > 140 ? `${listed.slice(0, 139)}…` : listed}`;
  return { title, date, tags, categories: series, description };
}

/**
 * The body of the post; `anchors` says how a talk's heading gets its id for
 * the table of contents. A talk's own headings go below its heading: under
 * the post's title (level 2 and down) for one talk, under the talk's `##`
 * (level 3 and down) when talks are merged (always in a trip report, whose summary links to each talk).
 */
export function postBody(index: ConferenceIndex, sessions: SessionRecord[], options: PostOptions, source: ExportSource, ctx: Omit<TransformContext, 'source' | 'options' | 'state'>, state: ExportState, anchors: 'html' | 'attribute', merged = sessions.length > 1): string {
  const w = WORDS[options.language];
  const full: TransformContext = { ...ctx, source, options, state };
  const parts: string[] = [];
  if (options.header.trim()) parts.push(options.header.trim());
  if (merged && options.toc) parts.push(`**${w.contents}**\n\n${sessions.map((s, i) => `${i + 1}. [${markdownText(s.title)}](#talk-${i + 1})`).join('\n')}`);
  sessions.forEach((s, i) => {
    const section: string[] = [];
    const title = markdownText(s.title);
    if (merged) section.push(anchors === 'html' ? `<a id="talk-${i + 1}"></a>\n\n## ${title}` : `## ${title} {#talk-${i + 1}}`);
    const about = speakerLine(index, s, w);
    if (about) section.push(about);
    const text = source.read(s.path) ?? '';
    // The note's own title heading is the post's (or the talk's) heading already.
    const notes = transformNote(withoutTitle(text), s.path, full, merged ? 3 : 2);
    if (notes) section.push(notes);
    parts.push(section.join('\n\n'));
  });
  if (options.footer.trim()) parts.push(options.footer.trim());
  return `${parts.join('\n\n')}\n`;
}

/** Speakers (organization), when and where, slides and video: only the parts a talk has, every value shown as written. */
function speakerLine(index: ConferenceIndex, s: SessionRecord, w: (typeof WORDS)['en']): string {
  const items: string[] = [];
  const who = s.speakers.map((k) => speakerName(index, k)).join(', ');
  const org = s.org?.trim() ?? '';
  if (who) items.push(`**${w.speakers}** ${markdownText(org ? `${who} (${org})` : who)}`);
  else if (org) items.push(markdownText(org));
  const when = [talkDate(index, s), s.time, s.track?.trim()].filter((x) => x !== undefined && x !== '').join(' ');
  if (when) items.push(markdownText(when));
  for (const [label, url] of [[w.slides, s.slides], [w.video, s.video]] as const) {
    // Only web addresses become links: a `javascript:` value stays text.
    if (url && /^https?:\/\/[^\s<>]+$/i.test(url.trim())) items.push(`[${label}](${url.trim()})`);
  }
  return items.join(' · ');
}
