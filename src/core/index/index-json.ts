/** The machine-readable index of DESIGN.md §5 (`index --json`). */
import type { ConferenceIndex } from './conference-index';
import { lint } from './lint';
import { listEvents, listSpeakers, listTopics, speakerName } from './listings';
import type { Problem } from '../note/note-meta';
import type { SessionRecord } from './session-record';

export interface IndexJson {
  events: { id: string; title: string; path: string; series?: string; edition?: string; start?: string; end?: string; sessions: string[] }[];
  sessions: {
    path: string;
    title: string;
    event: string | null;
    day: number | null;
    date: string | null;
    time: string | null;
    order: number | null;
    track: string | null;
    speakers: string[];
    topics: string[];
  }[];
  topics: { id: string; label: string; ko?: string; aliases: string[]; broader: string[]; sessions: string[] }[];
  speakers: { id: string; name: string; aliases: string[]; sessions: string[] }[];
  problems: Problem[];
}

const paths = (sessions: SessionRecord[]): string[] => sessions.map((s) => s.path);

export function indexJson(index: ConferenceIndex): IndexJson {
  return {
    events: listEvents(index).map((e) => ({
      id: e.id,
      title: e.title,
      path: e.path,
      series: e.series,
      edition: e.edition,
      start: e.start,
      end: e.end,
      sessions: paths(e.sessions),
    })),
    sessions: index
      .sessions()
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((s) => ({
        path: s.path,
        title: s.title,
        event: s.event ?? null,
        day: s.day ?? null,
        date: s.date ?? null,
        time: s.time ?? null,
        order: s.order ?? null,
        track: s.track ?? null,
        speakers: s.speakers.map((key) => speakerName(index, key)),
        topics: s.topics,
      })),
    topics: listTopics(index).map((t) => ({
      id: t.id,
      label: t.label,
      ko: index.catalog.vocabulary.get(t.id)?.ko,
      aliases: t.aliases,
      broader: index.catalog.vocabulary.broader(t.id),
      sessions: paths(t.sessions),
    })),
    speakers: listSpeakers(index).map((s) => ({ id: s.id, name: s.name, aliases: s.aliases, sessions: paths(s.sessions) })),
    problems: lint(index),
  };
}
