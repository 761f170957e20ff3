/**
 * The plan of an import against the notes already there: which talks get a
 * new note, which notes change (and which of their owned properties), which
 * stay as they are, which items are skipped as non-talks, and which imported
 * notes the programme no longer lists. Nothing is written here.
 */
import type { Catalog } from '../index/catalog';
import type { PropertyValue } from '../note/front-matter-writer';
import { buildEventNote, guessSeries } from '../capture/new-event';
import type { NewNote } from '../capture/new-session';
import type { ResolvedTemplate } from '../capture/templates';
import type { EventNote } from '../note/model';
import { foldKey } from '../text/normalize';
import type { CoreSettings } from '../note/settings';
import { currentCallout } from './abstract-callout';
import { nonTalkReason } from './non-talk';
import type { Programme, Talk } from './programme';
import { buildTalkNote, talkState } from './talk-note';

/** A session note of the event as it stands. */
export interface ExistingTalk {
  path: string;
  /** Its front matter as read (raw values). */
  props: Record<string, unknown>;
  /** Its whole text, to compare the abstract callout. */
  text: string;
}

export interface PlannedUpdate {
  path: string;
  title: string;
  /** Owned properties whose value changes, by configured name. */
  props: Record<string, PropertyValue>;
  /** The new callout, when the abstract changed and the note still has one. */
  callout?: string;
}

export interface ImportPlan {
  event: { id: string; path: string; create?: NewNote };
  created: (NewNote & { title: string })[];
  updated: PlannedUpdate[];
  unchanged: { path: string; title: string }[];
  skipped: { title: string; reason: string }[];
  /** Imported notes (with a uid) the programme no longer lists; never deleted. */
  withdrawn: { path: string; title: string }[];
}

export interface PlanInput {
  programme: Programme;
  /** `--event NAME` or the name typed in the plugin; else the programme's title. */
  eventName?: string;
  /** The event note when one already exists. */
  event?: EventNote;
  /** The session notes already linked to that event. */
  existing: readonly ExistingTalk[];
  template: ResolvedTemplate;
  catalog: Catalog;
  settings: CoreSettings;
  exists: (path: string) => boolean;
  markCancelled?: boolean;
  now?: Date;
}

/** A property value as a comparable string: lists joined, numbers as written, links as written. */
function same(a: unknown, b: PropertyValue | undefined): boolean {
  const norm = (v: unknown): string => {
    if (v === undefined || v === null || v === '') return '';
    if (Array.isArray(v)) return JSON.stringify(v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))));
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  };
  return norm(a) === norm(b);
}

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

function eventFor(input: PlanInput, claimed: Set<string>): { note: EventNote; create?: NewNote } {
  if (input.event) return { note: input.event };
  const c = input.programme.conference;
  const name = input.eventName?.trim() || c.title || c.acronym || 'Imported programme';
  const guess = guessSeries(name);
  const form = { name, series: c.series ?? guess.series, edition: c.edition ?? guess.edition ?? c.start?.slice(0, 4), start: c.start, end: c.end, venue: c.venue, url: c.url, timeZone: c.timeZone };
  const create = buildEventNote(form, input.settings, (path) => input.exists(path) || claimed.has(path));
  claimed.add(create.path);
  const id = create.path.replace(/^.*\//, '').replace(/\.md$/, '');
  return { note: { kind: 'event', id, path: create.path, title: name, series: form.series, edition: form.edition, start: c.start, end: c.end, venue: c.venue, url: c.url, aliases: [] }, create };
}

export function planImport(input: PlanInput): ImportPlan {
  const { settings } = input;
  const p = settings.props;
  const claimed = new Set<string>();
  const { note: event, create } = eventFor(input, claimed);
  const plan: ImportPlan = { event: { id: event.id, path: event.path, create }, created: [], updated: [], unchanged: [], skipped: [], withdrawn: [] };
  const free = new Set(input.existing);
  const seen = new Set<string>();
  const take = (found: ExistingTalk | undefined): ExistingTalk | undefined => {
    if (found) free.delete(found);
    return found;
  };
  const talks: Talk[] = [];
  for (const talk of input.programme.talks) {
    const reason = nonTalkReason(talk) ?? (talk.uid !== '' && seen.has(talk.uid) ? 'duplicate' : undefined);
    if (reason !== undefined) plan.skipped.push({ title: talk.title, reason });
    else talks.push(talk);
    if (talk.uid !== '') seen.add(talk.uid);
  }
  // By uid first, for every talk, so a title match never takes a note another talk's uid names.
  const matches = new Map<Talk, ExistingTalk | undefined>();
  for (const talk of talks) if (talk.uid !== '') matches.set(talk, take([...free].find((n) => str(n.props[p.uid]) === talk.uid)));
  for (const talk of talks) {
    if (matches.get(talk)) continue;
    // A note with a uid belongs to that talk of the source; only notes without one are matched by title.
    const candidates = [...free].filter((n) => str(n.props[p.uid]) === '');
    const titled = candidates.filter((n) => foldKey(str(n.props[p.title])) === foldKey(talk.title));
    const slotted = titled.filter((n) => str(n.props[p.date]) === (talk.date ?? '') && str(n.props[p.time]) === (talk.start ?? ''));
    matches.set(talk, take(slotted[0] ?? (titled.length === 1 ? titled[0] : undefined)));
  }
  for (const talk of talks) {
    const note = matches.get(talk);
    if (!note) {
      const built = buildTalkNote(talk, event, input.template, input.catalog, settings, (path) => input.exists(path) || claimed.has(path), input.now ?? new Date());
      claimed.add(built.path);
      plan.created.push({ ...built, title: talk.title });
      continue;
    }
    const state = talkState(talk, event, input.catalog, settings);
    const props: Record<string, PropertyValue> = {};
    for (const [name, value] of Object.entries(state.owned)) if (value !== undefined && !same(note.props[name], value)) props[name] = value;
    if (talk.uid !== '' && str(note.props[p.uid]) !== talk.uid) props[p.uid] = talk.uid;
    const current = currentCallout(note.text);
    const callout = state.callout !== undefined && current !== undefined && current !== state.callout ? state.callout : undefined;
    if (Object.keys(props).length === 0 && callout === undefined) plan.unchanged.push({ path: note.path, title: talk.title });
    else plan.updated.push({ path: note.path, title: talk.title, props, ...(callout === undefined ? {} : { callout }) });
  }
  for (const note of free) {
    if (str(note.props[p.uid]) === '') continue;
    const title = str(note.props[p.title]) || note.path.replace(/^.*\//, '').replace(/\.md$/, '');
    plan.withdrawn.push({ path: note.path, title });
    if (input.markCancelled && str(note.props[p.status]) !== 'cancelled') plan.updated.push({ path: note.path, title, props: { [p.status]: 'cancelled' } });
  }
  return plan;
}
