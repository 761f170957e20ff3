/**
 * The `.base` file of an event's programme (Obsidian Bases, 1.9+): every
 * session of the event as a table by day, time and track with its status, and
 * the same talks grouped by topic. With `timetable` (Obsidian 1.10+, where the
 * plugin registers that view type) a days × tracks grid is added; without it
 * the file uses only built-in views, so older versions open it as well.
 *
 * Property names follow the settings; filters and orders name them as
 * `note["…"]` so any name works. The event is matched as a link or as text.
 */
import { stringify } from 'yaml';
import type { EventNote } from './model';
import type { CoreSettings } from './settings';

export const TIMETABLE_VIEW = 'conference-notes-timetable';

export interface BaseFile {
  path: string;
  content: string;
}

/** A string literal of the Bases expression language (JSON's escapes). */
const literal = (text: string): string => JSON.stringify(text);
const prop = (name: string): string => `note[${literal(name)}]`;
const id = (name: string): string => `note.${name}`;

function folderOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at === -1 ? '' : path.slice(0, at);
}

export function baseFileFor(event: EventNote, settings: CoreSettings, options: { timetable?: boolean } = {}): BaseFile {
  const p = settings.props;
  const names = [event.id, ...event.aliases];
  const eventValue = `list(${prop(p.event)})`;
  const matches = names.flatMap((n) => [`${eventValue}.contains(link(${literal(n)}))`, `${eventValue}.contains(${literal(n)})`]);
  const columns = [id(p.day), id(p.date), id(p.time), id(p.end), id(p.track), 'file.name', id(p.speakers), id(p.status)];
  const sort = [p.day, p.date, p.time, p.track].map((name) => ({ property: id(name), direction: 'ASC' }));
  const views: Record<string, unknown>[] = [
    { type: 'table', name: 'Programme', order: columns, sort },
    { type: 'table', name: 'By topic', groupBy: { property: id(p.topics), direction: 'ASC' }, order: [id(p.topics), ...columns], sort },
  ];
  if (options.timetable) views.push({ type: TIMETABLE_VIEW, name: 'Timetable', order: columns, sort });
  const base = {
    filters: { and: [`${prop(p.type)} == "session"`, { or: matches }] },
    views,
  };
  const folder = folderOf(event.path);
  const name = `${event.id} programme.base`.replace(/[\\/:]/g, ' ');
  return { path: folder === '' ? name : `${folder}/${name}`, content: stringify(base, { lineWidth: 0, aliasDuplicateObjects: false }) };
}
