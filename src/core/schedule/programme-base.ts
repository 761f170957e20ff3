/**
 * The `.base` file of an event's programme (Obsidian Bases, 1.9+): every
 * session of the event as a table by day, time and track with its status, and
 * the same talks grouped by topic. With `timetable` (Obsidian 1.10+, where the
 * plugin registers that view type) a days × tracks grid is added; without it
 * the file uses only built-in views, so older versions open it as well.
 *
 * Property names follow the settings; filters name them as `note["…"]` so
 * any name works. The event is matched as a link or as text. The YAML is
 * written here (the plugin bundle carries no YAML library): plain words stay
 * plain, anything else is single-quoted, which YAML reads without escapes.
 */
import type { EventNote } from '../note/model';
import type { CoreSettings } from '../note/settings';

export const TIMETABLE_VIEW = 'conference-notes-timetable';

export interface BaseFile {
  path: string;
  content: string;
}

type Yaml = string | readonly Yaml[] | { readonly [key: string]: Yaml };

const PLAIN = /^[A-Za-z][\w.-]*(?: [\w.-]+)*$/;

function scalar(text: string): string {
  if (PLAIN.test(text) && !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(text)) return text;
  // Single quotes take every character but line breaks and controls, which only JSON's escapes can carry.
  return [...text].some((c) => c < ' ' || c === '\u007f') ? JSON.stringify(text) : `'${text.replace(/'/g, "''")}'`;
}

/** Block-style YAML lines of a map or list, each item of a list of maps starting with `- `. */
function yamlLines(value: Exclude<Yaml, string>, indent: string): string[] {
  const nested = (v: Exclude<Yaml, string>): string[] => yamlLines(v, `${indent}  `);
  if (Array.isArray(value)) {
    return (value as readonly Yaml[]).flatMap((item) => {
      if (typeof item === 'string') return [`${indent}- ${scalar(item)}`];
      const [first, ...rest] = nested(item);
      return [`${indent}- ${first.trimStart()}`, ...rest];
    });
  }
  return Object.entries(value).flatMap(([k, v]) => (typeof v === 'string' ? [`${indent}${scalar(k)}: ${scalar(v)}`] : [`${indent}${scalar(k)}:`, ...nested(v)]));
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
  const views: Yaml[] = [
    { type: 'table', name: 'Programme', order: columns, sort },
    { type: 'table', name: 'By topic', groupBy: { property: id(p.topics), direction: 'ASC' }, order: [id(p.topics), ...columns], sort },
  ];
  if (options.timetable) views.push({ type: TIMETABLE_VIEW, name: 'Timetable', order: columns, sort });
  const base: Yaml = {
    filters: { and: [`${prop(p.type)} == "session"`, { or: matches }] },
    views,
  };
  const folder = folderOf(event.path);
  const name = `${event.id} programme.base`.replace(/[\\/:]/g, ' ');
  return { path: folder === '' ? name : `${folder}/${name}`, content: `${yamlLines(base, '').join('\n')}\n` };
}
