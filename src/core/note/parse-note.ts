/** Reads one note's metadata into a typed record and its problems (DESIGN.md §2). */
import type { EventNote, ParsedNote, SessionNote, SessionStatus } from './model';
import { basename, type NoteInput, type NoteMeta } from './note-meta';
import { nameAndOrg } from './name-and-org';
import { nfc } from '../text/normalize';
import { plainText } from '../text/plain-text';
import { notePrivacy } from './privacy';
import type { CoreSettings } from './settings';
import { inFolders } from './settings';
import { isTimeZone } from '../text/zoned-time';
import { calendarDate, clockTime, readNumber, readRef, readRefs, readText, type Ref } from './values';

export interface ParseResult {
  note: ParsedNote;
  problems: string[];
}

const STATUSES: readonly SessionStatus[] = ['planned', 'attended', 'watched', 'skipped', 'cancelled'];

export function parseNote(input: NoteInput, settings: CoreSettings): ParseResult {
  const problems: string[] = [];
  const meta: NoteMeta = input.meta ?? {};
  const title = noteTitle(input.path, meta, settings);
  const base = { path: input.path, title };
  const fm = frontmatterOf(meta, problems);
  const type = readText(fm[settings.props.type])?.toLowerCase();
  const scoped = inFolders(input.path, settings.folders);
  const p = settings.props;
  const aliases = (): string[] => readRefs(fm[p.aliases], true).map((r) => r.text);

  if (type === 'session' && scoped) return { note: parseSession(base, fm, meta, settings, problems), problems };
  if (type === 'event' && scoped) {
    const event: EventNote = {
      ...base,
      kind: 'event',
      id: nfc(basename(input.path)),
      series: readText(fm[p.series]),
      edition: readText(fm[p.edition]),
      start: readDate(fm[p.start], p.start, problems),
      end: readDate(fm[p.end], p.end, problems),
      venue: readText(fm[p.venue]),
      url: readText(fm[p.url]),
      timeZone: readZone(fm, p.timeZone, problems),
      aliases: aliases(),
    };
    return { note: event, problems };
  }
  if (type === 'speaker') {
    const name = nfc(basename(input.path));
    return { note: { ...base, kind: 'speaker', name, aliases: aliases(), org: readText(fm[p.org]) }, problems };
  }
  if (type === 'topic') {
    const broader = readRefs(fm.broader, true).map((r) => r.text);
    return { note: { ...base, kind: 'topic', name: nfc(basename(input.path)), aliases: aliases(), ...(broader.length > 0 ? { broader } : {}) }, problems };
  }
  return { note: { ...base, kind: 'other' }, problems };
}

function parseSession(
  base: { path: string; title: string },
  fm: Record<string, unknown>,
  meta: NoteMeta,
  settings: CoreSettings,
  problems: string[],
): SessionNote {
  const p = settings.props;
  const status = readText(fm[p.status])?.toLowerCase() as SessionStatus | undefined;
  if (status !== undefined && !STATUSES.includes(status)) problems.push(`unknown status "${status}" (use ${STATUSES.join(', ')})`);
  const org = readText(fm[p.org]);
  // `speakers: William Morgan, Buoyant` is one speaker and a company, not two speakers (name-and-org.ts).
  const joined = typeof fm[p.speakers] === 'string' ? nameAndOrg(readText(fm[p.speakers]) ?? '', org) : null;
  if (joined) problems.push(`"${p.speakers}: ${joined.name}, ${joined.org}" reads as one speaker and a company: write ${p.speakers}: [${joined.name}] and ${p.org}: ${joined.org}`);
  const speakers: Ref[] = joined ? [{ text: joined.name }] : readRefs(fm[p.speakers], true);
  const topics = readRefs(fm[p.topics], true).map((r) => r.text);
  const tagTerms = sortTags(meta, fm, settings, speakers, topics);
  const day = readCheckedNumber(fm[p.day], p.day, 'a number', problems);
  const order = readCheckedNumber(fm[p.order], p.order, 'a number', problems);
  // One decision for the index and every export; a value it had to interpret is a problem to fix.
  const privacy = notePrivacy(meta, p.private);
  if (privacy.reason !== undefined) problems.push(privacy.reason);
  return {
    kind: 'session',
    path: base.path,
    title: base.title,
    event: readRef(fm[p.event]) ?? undefined,
    day,
    date: readDate(fm[p.date], p.date, problems),
    time: readTime(fm[p.time], p.time, problems),
    end: readTime(fm[p.end], p.end, problems),
    track: readText(fm[p.track]),
    order,
    speakers,
    org: org ?? joined?.org,
    topics,
    tagTerms,
    slides: readText(fm[p.slides]),
    video: readText(fm[p.video]),
    // Seconds (may be negative) added to a recording's stamps; left empty, it is not set.
    videoOffset: fm[p.videoOffset] === '' ? undefined : readCheckedNumber(fm[p.videoOffset], p.videoOffset, 'a number of seconds', problems),
    status: status !== undefined && STATUSES.includes(status) ? status : undefined,
    private: privacy.private,
  };
}

/** A number property: undefined when the note has none, a problem when it cannot be read as one. */
function readCheckedNumber(value: unknown, name: string, expected: string, problems: string[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = readNumber(value);
  if (n === undefined) problems.push(`"${name}" should be ${expected}`);
  return n;
}

function frontmatterOf(meta: NoteMeta, problems: string[]): Record<string, unknown> {
  if (meta.frontmatterError !== undefined) {
    problems.push(`invalid front matter: ${meta.frontmatterError}`);
    return {};
  }
  for (const warning of meta.frontmatterWarnings ?? []) problems.push(`front matter: ${warning}`);
  const fm = meta.frontmatter;
  if (fm === undefined || fm === null) {
    if (meta.frontmatterPosition) problems.push('invalid front matter: it is not a list of properties');
    return {};
  }
  if (typeof fm !== 'object' || Array.isArray(fm)) {
    problems.push('invalid front matter: it is not a list of properties');
    return {};
  }
  return fm;
}

function noteTitle(path: string, meta: NoteMeta, settings: CoreSettings): string {
  const fm = meta.frontmatter && typeof meta.frontmatter === 'object' ? meta.frontmatter : {};
  const fromProperty = readText(fm[settings.props.title]);
  if (fromProperty) return fromProperty;
  // A heading's links, emphasis and code marks are not part of the title.
  const heading = plainText(meta.headings?.find((h) => h.level === 1)?.heading ?? '');
  if (heading) return nfc(heading);
  return nfc(basename(path));
}

function readDate(value: unknown, name: string, problems: string[]): string | undefined {
  return readChecked(value, name, calendarDate, 'a date like 2019-08-30', problems);
}

function readTime(value: unknown, name: string, problems: string[]): string | undefined {
  return readChecked(value, name, clockTime, 'a time like 13:00', problems);
}

/** The event's zone, under its property name (`tz`) or as `time_zone`. */
function readZone(fm: Record<string, unknown>, property: string, problems: string[]): string | undefined {
  const name = fm[property] !== undefined ? property : 'time_zone';
  return readChecked(fm[name], name, (text) => (isTimeZone(text) ? text : undefined), 'a time zone like Asia/Seoul', problems);
}

/** A property's text as `read` makes it; text it cannot read is a problem saying what was expected. */
function readChecked(value: unknown, name: string, read: (text: string) => string | undefined, expected: string, problems: string[]): string | undefined {
  const text = readText(value);
  if (text === undefined) return undefined;
  const result = read(text);
  if (result === undefined) problems.push(`"${name}" should be ${expected}, not "${text}"`);
  return result;
}

/**
 * Front-matter and inline tags: `#speaker/…` and `#topic/…` go to speakers and
 * topics; plain tags (`#TensorRT를`) are returned as candidate topic terms.
 */
function sortTags(meta: NoteMeta, fm: Record<string, unknown>, settings: CoreSettings, speakers: Ref[], topics: string[]): string[] {
  const topicHead = `${settings.topicTagPrefix.toLowerCase()}/`;
  const speakerHead = `${settings.speakerTagPrefix.toLowerCase()}/`;
  const plain: string[] = [];
  const sort = (tag: string): void => {
    if (!tag.includes('/')) {
      plain.push(tag);
      return;
    }
    const lower = tag.toLowerCase();
    if (lower.startsWith(topicHead) && tag.length > topicHead.length) topics.push(tag.slice(topicHead.length));
    else if (lower.startsWith(speakerHead) && tag.length > speakerHead.length) speakers.push({ text: tag.slice(speakerHead.length) });
  };
  // A tag has no spaces, so `tags: a b` (Jekyll's way) is two tags, as Obsidian reads it too.
  for (const ref of readRefs(fm[settings.props.tags], true)) {
    for (const tag of ref.text.split(/\s+/)) if (tag.replace(/^#/, '') !== '') sort(tag.replace(/^#/, ''));
  }
  for (const t of meta.tags ?? []) sort(nfc(t.tag.slice(1)));
  return plain;
}
