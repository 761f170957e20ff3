/**
 * A whole event told to a team: how Korean recaps are written (시작하며 with
 * the takeaways of every talk and the topics heard most, then one section per
 * talk, then 마치며), and the same in English. The talks are the event post's
 * sections (postBody), so their headings carry the ids the summary links to.
 */
import type { ConferenceIndex } from '../index/conference-index';
import { topicLabel } from '../index/listings';
import type { SessionRecord } from '../index/session-record';
import { postBody, topicsByTalks, type PostOptions } from './compose';
import { markdownText } from './escape';
import type { ExportState } from './export-state';
import type { ExportSource } from './options';
import { takeaways } from './takeaways';
import type { TransformContext } from './transform';

const WORDS = {
  ko: {
    opening: '시작하며',
    closing: '마치며',
    glance: '발표별 요약',
    topics: '많이 다룬 주제',
    heard: (event: string, about: string, n: number) => `${event}${about}에서 들은 발표 ${n}개를 정리했습니다.`,
    talks: (n: number) => `발표 ${n}개`,
    most: (list: string, n: number) => `이번에 들은 발표 ${n}개 중에서는 ${list} 이야기가 가장 많았습니다.`,
    heardOnly: (n: number) => `이번에는 발표 ${n}개를 들었습니다.`,
  },
  en: {
    opening: 'Introduction',
    closing: 'Wrapping up',
    glance: 'Takeaways by talk',
    topics: 'Topics heard most',
    heard: (event: string, about: string, n: number) => `Notes from ${n} ${n === 1 ? 'talk' : 'talks'} at ${event}${about}.`,
    talks: (n: number) => `${n} ${n === 1 ? 'talk' : 'talks'}`,
    most: (list: string, n: number) => `Of the ${n} ${n === 1 ? 'talk' : 'talks'}, most were about ${list}.`,
    heardOnly: (n: number) => `${n} ${n === 1 ? 'talk' : 'talks'} heard this time.`,
  },
};

/** `event`: the event's id; `sessions`: its talks in talk order, private ones already out. */
export function tripReportBody(
  index: ConferenceIndex,
  event: string,
  sessions: SessionRecord[],
  options: PostOptions,
  source: ExportSource,
  ctx: Omit<TransformContext, 'source' | 'options' | 'state'>,
  state: ExportState,
  anchors: 'html' | 'attribute',
): string {
  const w = WORDS[options.language];
  const e = index.catalog.events.get(event);
  const when = [e?.start, e?.end !== undefined && e.end !== e.start ? e.end : undefined].filter((d) => d !== undefined).join(' ~ ');
  const details = [when, e?.venue?.trim()].filter((x) => x !== undefined && x !== '');
  const about = details.length > 0 ? ` (${details.join(', ')})` : '';
  const parts: string[] = [];
  if (options.header.trim()) parts.push(options.header.trim());
  parts.push(`## ${w.opening}`, markdownText(w.heard(e?.title ?? event, about, sessions.length)));

  const summary = sessions.flatMap((s, i) => {
    const lines = takeaways(source.read(s.path) ?? '');
    if (lines.length === 0) return [];
    return [`- [${markdownText(s.title)}](#talk-${i + 1})`, ...lines.map((l) => `  - ${markdownText(l)}`)];
  });
  if (summary.length > 0) parts.push(`### ${w.glance}`, summary.join('\n'));
  const topics = topicsByTalks(sessions).map(([id, count]) => ({ label: topicLabel(index, id, options.language), count }));
  if (topics.length > 0) parts.push(`### ${w.topics}`, topics.map((t, i) => `${i + 1}. ${markdownText(t.label)} — ${w.talks(t.count)}`).join('\n'));

  // The talks alone: the header and footer belong to the report, the summary is its table of contents.
  const talks = postBody(index, sessions, { ...options, header: '', footer: '', toc: false }, source, ctx, state, anchors, true).trim();
  parts.push(talks);

  parts.push(`## ${w.closing}`);
  const top = topics.slice(0, 3).map((t) => t.label);
  parts.push(markdownText(top.length > 0 ? w.most(listed(top, options.language), sessions.length) : w.heardOnly(sessions.length)));
  if (options.footer.trim()) parts.push(options.footer.trim());
  return `${parts.join('\n\n')}\n`;
}

/** `A, B and C` / `A, B, C`. */
function listed(items: string[], language: PostOptions['language']): string {
  if (language === 'ko' || items.length < 2) return items.join(', ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
