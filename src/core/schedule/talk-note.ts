/**
 * What the programme says a talk's note holds: the whole new note, and the
 * properties the programme owns (compared and rewritten on a re-import).
 */
import type { Catalog } from '../index/catalog';
import { frontMatter, type PropertyValue } from '../note/front-matter-writer';
import type { NewNote } from '../capture/new-session';
import { sessionDate, sessionProperties } from '../capture/new-session';
import { CURSOR_STOP, renderTemplate } from '../capture/render-template';
import { expandFolder, safeFileName, uniquePath } from '../capture/safe-file-name';
import type { ResolvedTemplate } from '../capture/templates';
import type { EventNote } from '../note/model';
import type { CoreSettings } from '../note/settings';
import { abstractCallout, insertCallout } from './abstract-callout';
import type { Talk } from './programme';

export interface TalkState {
  /** Owned properties by their configured names; undefined means absent from the programme. */
  owned: Record<string, PropertyValue | undefined>;
  callout: string | undefined;
}

/** The properties a re-import may rewrite, in the configured names. */
export function ownedNames(settings: CoreSettings): string[] {
  const p = settings.props;
  return [p.title, p.day, p.date, p.time, p.end, p.track, p.speakers];
}

function allProperties(talk: Talk, event: EventNote, catalog: Catalog, settings: CoreSettings, extra: ResolvedTemplate['extra']): Record<string, PropertyValue | undefined> {
  const p = settings.props;
  const form = { title: talk.title, event, speakers: talk.speakers, topics: talk.topics, org: talk.org, day: talk.day, time: talk.start, track: talk.track, extra };
  const base = sessionProperties(form, catalog, settings, new Date(0)).props;
  const date = talk.date ?? (event.start === undefined ? undefined : sessionDate(event, talk.day, new Date(0)));
  const props: Record<string, PropertyValue | undefined> = {};
  for (const [k, v] of Object.entries(base)) {
    props[k] = k === p.date ? date : v;
    if (k === p.time || (k === p.date && base[p.time] === undefined)) props[p.end] = talk.end;
  }
  if (!(p.date in props)) props[p.date] = date;
  props[p.status] = 'planned';
  props[p.url] = talk.url;
  props[p.slides] = talk.slides;
  props[p.video] = talk.video;
  props[p.uid] = talk.uid === '' ? undefined : talk.uid;
  return props;
}

export function talkState(talk: Talk, event: EventNote, catalog: Catalog, settings: CoreSettings): TalkState {
  const props = allProperties(talk, event, catalog, settings, {});
  const owned: TalkState['owned'] = {};
  for (const name of ownedNames(settings)) owned[name] = props[name];
  return { owned, callout: abstractCallout(talk.abstract, talk.subtitle) };
}

/** The new note for a talk from the template, at a free path (`exists` also knows the paths this import takes). */
export function buildTalkNote(talk: Talk, event: EventNote, template: ResolvedTemplate, catalog: Catalog, settings: CoreSettings, exists: (path: string) => boolean, now: Date): NewNote {
  const props = allProperties(talk, event, catalog, settings, template.extra);
  const p = settings.props;
  const speakers = ((props[p.speakers] ?? []) as string[]).map((s) => s.slice(2, -2));
  const date = props[p.date] as string | undefined;
  // `{{date}}` is the talk's date; the day of the import only when the programme has none.
  const rendered = renderTemplate(template.body, { title: talk.title, event: event.id, speakers, topics: (props[p.topics] ?? []) as string[], time: talk.start, date, now });
  const folder = expandFolder(settings.sessionFolderPattern, { series: event.series, edition: event.edition, event: event.id });
  return {
    path: uniquePath(folder, safeFileName(talk.title), exists),
    // No cursor stops: nobody is typing in a note an import writes.
    text: frontMatter(props) + insertCallout(rendered.text.replace(CURSOR_STOP, ''), abstractCallout(talk.abstract, talk.subtitle)),
    cursor: null,
  };
}
