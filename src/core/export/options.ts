/** What an export is asked to do, and what it needs from the vault. */
import type { CoreSettings } from '../settings';

export type Profile = 'jekyll' | 'hugo' | 'markdown' | 'tistory';
export const PROFILES: readonly Profile[] = ['jekyll', 'hugo', 'markdown', 'tistory'];

export interface ExportOptions {
  profile: Profile;
  /** Language of the words the export adds (headings, speaker line). */
  language: 'en' | 'ko';
  toc: boolean;
  /** Inline tags: kept as text, or removed. */
  tags: 'keep' | 'remove';
  /** Links to published notes (`publish: true`): a URL with `{slug}`; empty keeps every link as text. */
  linkPattern: string;
  /** Only ASCII in slugs and attachment names. */
  asciiNames: boolean;
  header: string;
  footer: string;
}

export const DEFAULT_EXPORT: Omit<ExportOptions, 'profile'> = {
  language: 'ko',
  toc: false,
  tags: 'keep',
  linkPattern: '',
  asciiNames: false,
  header: '',
  footer: '',
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

/** Export options from the saved settings, for one profile and language. */
export function exportOptions(settings: CoreSettings, profile: Profile, language: 'en' | 'ko', toc: boolean): ExportOptions {
  return {
    ...DEFAULT_EXPORT,
    profile,
    language,
    toc,
    tags: settings.exportTags,
    linkPattern: settings.exportLinkPattern,
    asciiNames: settings.exportAsciiNames,
    header: settings.exportHeader,
    footer: settings.exportFooter,
  };
}
