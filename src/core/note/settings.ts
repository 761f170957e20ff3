/** Settings the core reads: property names, folders and tag prefixes (DESIGN.md §2). */

import { isLanguageChoice, type LanguageChoice } from '../export/language';
import type { BlogLayout } from '../export/options';

export interface PropertyNames {
  type: string;
  title: string;
  event: string;
  day: string;
  date: string;
  time: string;
  track: string;
  order: string;
  speakers: string;
  org: string;
  topics: string;
  slides: string;
  video: string;
  status: string;
  private: string;
  series: string;
  edition: string;
  start: string;
  end: string;
  venue: string;
  url: string;
  aliases: string;
  tags: string;
  /** A talk's stable id from an imported programme. */
  uid: string;
  /** An event's IANA time zone (`Asia/Seoul`). */
  timeZone: string;
  /** Seconds added to a talk's stamps in its recording. */
  videoOffset: string;
  /** When "Start talk timer" was run (an ISO instant). */
  timerStart: string;
}

/** One blog profile's front matter template and paths as saved; what is absent is the profile's default. */
export type SavedLayout = Partial<BlogLayout>;

export interface CoreSettings {
  props: PropertyNames;
  /** Folders whose notes are indexed; empty means the whole vault. */
  folders: string[];
  /** Tag prefix whose tags name topics: `topic` reads `#topic/fds`. */
  topicTagPrefix: string;
  /** Tag prefix whose tags name speakers: `speaker` reads `#speaker/전상현`. */
  speakerTagPrefix: string;
  /** Where new session notes go: `{series}`, `{edition}` and `{event}` are filled in. */
  sessionFolderPattern: string;
  /** Where new event notes go. */
  eventFolderPattern: string;
  /** Where "Create topic note" puts new topic notes. */
  topicFolder: string;
  /** A folder of your own session templates (Markdown notes), besides the built-in ones. */
  templateFolder: string;
  /** The template "New session note" starts with: a built-in id or a note name in the template folder. */
  defaultTemplate: string;
  /** Typing this, then a name, suggests speakers in the editor. */
  speakerTrigger: string;
  /** Where exported posts go in the vault. */
  exportFolder: string;
  /** On desktop, a folder on disk (the blog's repository) that exports go to instead; empty keeps them in the vault. */
  exportDiskFolder: string;
  /** Front matter and paths per export profile (`jekyll`, `hugo`, …). */
  exportLayouts: Record<string, SavedLayout>;
  /** Inline tags in exported posts: kept as text, or removed. */
  exportTags: 'keep' | 'remove';
  /** URL of a published note, with `{slug}`; empty keeps wikilinks as text. */
  exportLinkPattern: string;
  /** Only ASCII in exported file and image names. */
  exportAsciiNames: boolean;
  /** Language of the words an export adds (headings, speaker line): `auto` follows the notes (Hangul or not). */
  exportLanguage: LanguageChoice;
  /** At most this many tags on a post, the most frequent topics first. */
  exportTagLimit: number;
  /** Markdown put before and after every exported post. */
  exportHeader: string;
  exportFooter: string;
  /** A notice shortly before a planned talk starts (off by default). */
  agendaNotice: boolean;
  /** How many minutes before. */
  agendaNoticeMinutes: number;
}

export const DEFAULT_PROPS: PropertyNames = {
  type: 'type',
  title: 'title',
  event: 'event',
  day: 'day',
  date: 'date',
  time: 'time',
  track: 'track',
  order: 'order',
  speakers: 'speakers',
  org: 'org',
  topics: 'topics',
  slides: 'slides',
  video: 'video',
  status: 'status',
  private: 'private',
  series: 'series',
  edition: 'edition',
  start: 'start',
  end: 'end',
  venue: 'venue',
  url: 'url',
  aliases: 'aliases',
  tags: 'tags',
  uid: 'uid',
  timeZone: 'tz',
  videoOffset: 'video_offset',
  timerStart: 'timer_start',
};

export const DEFAULT_SETTINGS: CoreSettings = {
  props: DEFAULT_PROPS,
  folders: [],
  topicTagPrefix: 'topic',
  speakerTagPrefix: 'speaker',
  sessionFolderPattern: 'Conferences/{series}/{edition}',
  eventFolderPattern: 'Conferences/{series}/{edition}',
  topicFolder: 'Topics',
  templateFolder: 'Templates/Conference notes',
  defaultTemplate: 'talk-ko',
  speakerTrigger: '@',
  exportFolder: 'Exports',
  exportDiskFolder: '',
  exportLayouts: {},
  exportTags: 'keep',
  exportLinkPattern: '',
  exportAsciiNames: false,
  exportLanguage: 'auto',
  exportTagLimit: 8,
  exportHeader: '',
  exportFooter: '',
  agendaNotice: false,
  agendaNoticeMinutes: 5,
};

/**
 * Fills what a saved or partial settings object lacks with the defaults. `defaultTemplate`: the
 * template new talks start from until one is chosen (the plugin's follows Obsidian's language).
 */
export function withDefaults(partial: Partial<CoreSettings> | null | undefined, defaultTemplate = DEFAULT_SETTINGS.defaultTemplate): CoreSettings {
  const props = { ...DEFAULT_PROPS };
  for (const key of Object.keys(DEFAULT_PROPS) as (keyof PropertyNames)[]) {
    const value = partial?.props?.[key];
    if (typeof value === 'string' && value.trim() !== '') props[key] = value.trim();
  }
  return {
    props,
    folders: (partial?.folders ?? []).map((f) => f.trim().replace(/^\/+|\/+$/g, '')).filter((f) => f !== ''),
    topicTagPrefix: partial?.topicTagPrefix?.trim() || DEFAULT_SETTINGS.topicTagPrefix,
    speakerTagPrefix: partial?.speakerTagPrefix?.trim() || DEFAULT_SETTINGS.speakerTagPrefix,
    sessionFolderPattern: partial?.sessionFolderPattern?.trim() ?? DEFAULT_SETTINGS.sessionFolderPattern,
    eventFolderPattern: partial?.eventFolderPattern?.trim() ?? DEFAULT_SETTINGS.eventFolderPattern,
    topicFolder: partial?.topicFolder?.trim() ?? DEFAULT_SETTINGS.topicFolder,
    templateFolder: partial?.templateFolder?.trim() ?? DEFAULT_SETTINGS.templateFolder,
    defaultTemplate: partial?.defaultTemplate?.trim() || defaultTemplate,
    speakerTrigger: partial?.speakerTrigger?.trim() || DEFAULT_SETTINGS.speakerTrigger,
    exportFolder: partial?.exportFolder?.trim() || DEFAULT_SETTINGS.exportFolder,
    exportDiskFolder: typeof partial?.exportDiskFolder === 'string' ? partial.exportDiskFolder.trim() : '',
    exportLayouts: readLayouts(partial?.exportLayouts),
    exportTags: partial?.exportTags === 'remove' ? 'remove' : 'keep',
    exportLinkPattern: partial?.exportLinkPattern?.trim() ?? '',
    exportAsciiNames: partial?.exportAsciiNames === true,
    exportLanguage: isLanguageChoice(partial?.exportLanguage) ? partial.exportLanguage : 'auto',
    exportTagLimit: readTagLimit(partial?.exportTagLimit),
    exportHeader: partial?.exportHeader ?? '',
    exportFooter: partial?.exportFooter ?? '',
    agendaNotice: partial?.agendaNotice === true,
    agendaNoticeMinutes: readNoticeMinutes(partial?.agendaNoticeMinutes),
  };
}

/** Saved layouts, each part kept only when it is text (a hand-edited data.json may hold anything). */
function readLayouts(value: unknown): Record<string, SavedLayout> {
  const out: Record<string, SavedLayout> = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [profile, saved] of Object.entries(value as Record<string, unknown>)) {
    // Profile names only: a key such as `__proto__` would set the object's prototype.
    if (!/^[a-z][a-z0-9-]*$/.test(profile) || saved === null || typeof saved !== 'object') continue;
    const layout: SavedLayout = {};
    for (const part of ['frontMatter', 'postPath', 'assetsPath'] as const) {
      const text = (saved as Record<string, unknown>)[part];
      if (typeof text === 'string') layout[part] = text;
    }
    out[profile] = layout;
  }
  return out;
}

/** A whole number from 0; anything else (a typo, a negative) keeps the default. */
export function readTagLimit(value: unknown): number {
  return wholeNumber(value, 0, Infinity, DEFAULT_SETTINGS.exportTagLimit);
}

/** Minutes from 1 to 120; anything else keeps the default. */
export function readNoticeMinutes(value: unknown): number {
  return wholeNumber(value, 1, 120, DEFAULT_SETTINGS.agendaNoticeMinutes);
}

/** A whole number (or its text) within `min`…`max`, else `fallback`. */
function wholeNumber(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

/** Whether a note path lies in one of the indexed folders. */
export function inFolders(path: string, folders: readonly string[]): boolean {
  return folders.length === 0 || folders.some((f) => path === f || path.startsWith(`${f}/`));
}
