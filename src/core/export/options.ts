/** What an export is asked to do, and what it needs from the vault. */
import type { CoreSettings } from '../note/settings';
import type { LanguageChoice } from './language';

export type Profile = 'jekyll' | 'hugo' | 'markdown' | 'tistory';
export const PROFILES: readonly Profile[] = ['jekyll', 'hugo', 'markdown', 'tistory'];
/** How a profile is named to people (a dropdown, a settings heading): the blog engines' own names. */
export const PROFILE_NAMES: Readonly<Record<Profile, string>> = { jekyll: 'Jekyll', hugo: 'Hugo', markdown: 'Markdown', tistory: 'Tistory / velog' };

/** How one blog wants its posts: front matter and where the post and its attachments go. */
export interface BlogLayout {
  /** YAML front matter template (see front-matter-template.ts); empty writes none. */
  frontMatter: string;
  /** The post's path in the export folder: `_posts/{{date}}-{{slug}}.md`. */
  postPath: string;
  /** The folder of its attachments in the export folder: `assets/img/{{slug}}`. */
  assetsPath: string;
}

export interface ExportOptions {
  profile: Profile;
  /** Language of the words the export adds (headings, speaker line); `auto` follows the notes. */
  language: LanguageChoice;
  toc: boolean;
  /** Inline tags: kept as text, or removed. */
  tags: 'keep' | 'remove';
  /** Links to published notes (`publish: true`): a URL with `{slug}`; empty keeps every link as text. */
  linkPattern: string;
  /** Only ASCII in slugs and attachment names. */
  asciiNames: boolean;
  /** At most this many tags (the most frequent topics first). */
  tagLimit: number;
  header: string;
  footer: string;
  /** Front matter template and paths; what is absent is the profile's default. */
  layout: Partial<BlogLayout>;
}

export const DEFAULT_EXPORT: Omit<ExportOptions, 'profile'> = {
  language: 'auto',
  toc: false,
  tags: 'keep',
  linkPattern: '',
  asciiNames: false,
  tagLimit: 8,
  header: '',
  footer: '',
  layout: {},
};

/** The vault as an export reads it. */
export interface ExportSource {
  /** A note's text, or null when it cannot be read. */
  read(path: string): string | null;
  /** A link target from a note, resolved to a vault path (notes and attachments), or null. */
  resolve(target: string, from: string): string | null;
  /** Whether a note must never leave the vault (`private: true`). */
  isPrivate(path: string): boolean;
  /** Whether a note is published on the blog (`publish: true`), so links to it can stay links. */
  isPublished(path: string): boolean;
}

/** Export options from the saved settings, for one profile; the language as asked, else as the settings say. */
export function exportOptions(settings: CoreSettings, profile: Profile, language: LanguageChoice | undefined, toc: boolean): ExportOptions {
  return {
    ...DEFAULT_EXPORT,
    profile,
    language: language ?? settings.exportLanguage,
    toc,
    tags: settings.exportTags,
    linkPattern: settings.exportLinkPattern,
    asciiNames: settings.exportAsciiNames,
    tagLimit: settings.exportTagLimit,
    header: settings.exportHeader,
    footer: settings.exportFooter,
    layout: settings.exportLayouts[profile] ?? {},
  };
}
