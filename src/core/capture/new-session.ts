/**
 * A new session note from one form (DESIGN.md §5 `new`): canonical names for
 * speakers and topics, the date from the event and day, front matter that
 * reads back exactly, the template's body, a free path and the first cursor stop.
 */
import { format } from 'date-fns';
import type { Catalog } from '../index/catalog';
import type { EventNote } from '../note/model';
import { stripHonorific } from '../text/normalize';
import { addDays } from '../text/zoned-time';
import type { CoreSettings } from '../note/settings';
import { frontMatter, type PropertyValue } from '../note/front-matter-writer';
import { renderTemplate } from './render-template';
import { expandFolder, safeFileName, uniquePath } from './safe-file-name';

export interface SessionForm {
  title: string;
  event?: EventNote;
  /** As typed: names, aliases, `김광섭님`. */
  speakers: readonly string[];
  /** As typed: any spelling or alias. */
  topics: readonly string[];
  org?: string;
  day?: number;
  time?: string;
  track?: string;
  /** Properties a user template brings, kept unless the form sets the same key. */
  extra?: Readonly<Record<string, PropertyValue>>;
}

export interface NewNote {
  path: string;
  text: string;
  /** Offset of the first cursor stop in `text`, if any. */
  cursor: number | null;
}

/** Speakers by their note's name when one matches (aliases, 님), else as written without 님. */
export function canonicalSpeakers(names: readonly string[], catalog: Catalog): string[] {
  const out: string[] = [];
  for (const name of names) {
    const written = stripHonorific(name.replace(/^\[\[|\]\]$/g, ''));
    if (written === '') continue;
    const note = catalog.speakers.get(catalog.speakerKey({ text: written }));
    const canonical = note?.name ?? written;
    if (!out.includes(canonical)) out.push(canonical);
  }
  return out;
}

/** Topics by their canonical label when the vocabulary knows them, else as written. */
export function canonicalTopics(names: readonly string[], catalog: Catalog): string[] {
  const out: string[] = [];
  for (const name of names) {
    const written = name.trim().replace(/^#/, '');
    if (written === '') continue;
    const id = catalog.vocabulary.resolve(written);
    const label = id === null ? written : catalog.vocabulary.get(id)?.label ?? written;
    if (!out.includes(label)) out.push(label);
  }
  return out;
}

/** The talk's date: the event's start moved to the given day, else today. */
export function sessionDate(event: EventNote | undefined, day: number | undefined, now: Date): string {
  if (event?.start !== undefined) return addDays(event.start, Math.max(0, (day ?? 1) - 1));
  return format(now, 'yyyy-MM-dd');
}

/** The front-matter properties of a session from the form, in the configured property names. */
export function sessionProperties(form: SessionForm, catalog: Catalog, settings: CoreSettings, now: Date): { props: Record<string, PropertyValue | undefined>; speakers: string[]; topics: string[]; date: string } {
  const p = settings.props;
  const speakers = canonicalSpeakers(form.speakers, catalog);
  const topics = canonicalTopics(form.topics, catalog);
  const date = sessionDate(form.event, form.day, now);
  const props: Record<string, PropertyValue | undefined> = { ...form.extra };
  const set = (name: string, value: PropertyValue | undefined): void => {
    if (value !== undefined && value !== '') props[name] = value;
  };
  set(p.type, 'session');
  set(p.title, form.title);
  set(p.event, form.event ? `[[${form.event.id}]]` : undefined);
  set(p.day, form.day);
  set(p.date, date);
  set(p.time, form.time);
  set(p.track, form.track);
  props[p.speakers] = speakers.map((s) => `[[${s}]]`);
  set(p.org, form.org);
  props[p.topics] = topics;
  set(p.status, 'attended');
  return { props, speakers, topics, date };
}

export function buildSessionNote(
  form: SessionForm,
  templateBody: string,
  catalog: Catalog,
  settings: CoreSettings,
  exists: (path: string) => boolean,
  now = new Date(),
): NewNote {
  const { props, speakers, topics, date } = sessionProperties(form, catalog, settings, now);
  const body = renderTemplate(templateBody, { title: form.title, event: form.event?.id, speakers, topics, time: form.time, date, now });
  const head = frontMatter(props);
  const folder = expandFolder(settings.sessionFolderPattern, { series: form.event?.series, edition: form.event?.edition, event: form.event?.id });
  return {
    path: uniquePath(folder, safeFileName(form.title), exists),
    text: head + body.text,
    cursor: body.cursor === null ? null : head.length + body.cursor,
  };
}
