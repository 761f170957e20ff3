/**
 * Which notes an export may carry and link, the same for the CLI (metadata from
 * its extractor) and the plugin (Obsidian's cache): privacy is the index's
 * decision under the settings' property name; only an explicit `publish: true`
 * publishes. Files that are not notes are neither.
 */
import type { NoteMeta } from '../note/note-meta';
import { isPrivateNote } from '../note/privacy';
import { readBoolean } from '../note/values';
import type { CoreSettings } from '../note/settings';
import type { ExportSource } from './options';

export function notePolicy(
  settings: CoreSettings,
  meta: (path: string) => NoteMeta | null,
  /** The note's text when it has been read (undefined: not read yet, null: unreadable). */
  text: (path: string) => string | null | undefined,
): Pick<ExportSource, 'isPrivate' | 'isPublished'> {
  const isNote = (path: string): boolean => /\.md$/i.test(path);
  return {
    isPrivate: (path) => isNote(path) && isPrivateNote(meta(path), settings.props.private, text(path)),
    isPublished: (path) => isNote(path) && readBoolean(meta(path)?.frontmatter?.publish),
  };
}
