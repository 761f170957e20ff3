/** What a post's front matter template and path patterns can name: its head, its talks, and its notes' properties. */
import { parse } from 'yaml';
import type { ConferenceIndex } from '../index/conference-index';
import { speakerName, topicLabel } from '../index/listings';
import type { SessionRecord } from '../index/session-record';
import { splitFrontMatter } from '../note/front-matter-block';
import { topicsByTalks, type PostHead } from './compose';
import type { TemplateValues } from './front-matter-template';
import type { Language } from './language';
import type { ExportSource } from './options';

/** A note's properties as its YAML says; a note without (valid) front matter has none. */
function properties(text: string | null): Record<string, unknown> {
  const yaml = text === null ? null : splitFrontMatter(text).yaml;
  if (!yaml) return {};
  try {
    const value: unknown = parse(yaml, { schema: 'core' });
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * `note` holds the talk's properties over its event's for a one-talk post, the
 * event's for a post of one event's talks, nothing for a post across events.
 * A private event note lends nothing.
 */
export function templateValues(index: ConferenceIndex, sessions: SessionRecord[], head: PostHead, slug: string, language: Language, today: string, source: ExportSource): TemplateValues {
  const events = [...new Set(sessions.map((s) => s.event))];
  const event = events.length === 1 && events[0] !== undefined ? index.catalog.events.get(events[0]) : undefined;
  const eventProps = event && !source.isPrivate(event.path) ? properties(source.read(event.path)) : {};
  const note = sessions.length === 1 ? { ...eventProps, ...properties(source.read(sessions[0].path)) } : eventProps;
  const topics = topicsByTalks(sessions).map(([id]) => topicLabel(index, id, language));
  const speakers = [...new Set(sessions.flatMap((s) => s.speakers.map((k) => speakerName(index, k))))];
  return { title: head.title, date: head.date, today, tags: head.tags, topics, event: event?.title ?? '', series: head.categories, speakers, description: head.description, slug, lang: language, note };
}
