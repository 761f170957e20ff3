/**
 * Rename and merge of topics and speakers across the vault (issue 12): which
 * written values name the source, as the index reads them, and the notes that change.
 */
import type { ConferenceIndex } from '../index/conference-index';
import { termKey } from '../text/normalize';
import type { Ref } from '../note/values';
import { renameInNote, type RenameRule } from './rename-note';

export type RenameKind = 'topic' | 'speaker';

export interface VaultNote {
  path: string;
  text: string;
}

export interface NoteChange {
  path: string;
  before: string;
  after: string;
  /** One line per change, for the preview. */
  changes: string[];
}

/** The id the index gives a written topic: the vocabulary's, or the folded spelling. */
function topicIdOf(index: ConferenceIndex, written: string): string {
  return index.catalog.vocabulary.resolve(written) ?? termKey(written, () => false);
}

/** The key the index gives a written speaker (`[[김광섭]]`, `김광섭님`). */
function speakerKeyOf(index: ConferenceIndex, ref: Ref): string {
  return index.catalog.speakerKey(ref);
}

/**
 * The rule turning every value that names `from` into `to`. `from` and `to`
 * are names as a user types them; they are read as the index reads notes.
 */
export function renameRule(index: ConferenceIndex, kind: RenameKind, from: string, to: string): RenameRule {
  const s = index.settings;
  if (kind === 'topic') {
    const source = topicIdOf(index, from);
    const destination = topicIdOf(index, to);
    return {
      property: s.props.topics,
      tagPrefix: s.topicTagPrefix,
      isSource: (ref) => topicIdOf(index, ref.text) === source,
      isDestination: (ref) => topicIdOf(index, ref.text) === destination,
      to,
    };
  }
  const source = speakerKeyOf(index, { text: from });
  const destination = speakerKeyOf(index, { text: to });
  return {
    property: s.props.speakers,
    tagPrefix: s.speakerTagPrefix,
    isSource: (ref) => speakerKeyOf(index, ref) === source,
    isDestination: (ref) => speakerKeyOf(index, ref) === destination,
    to,
  };
}

/** Every note that changes, in path order; notes that stay the same are left out. */
export function renameAcross(notes: Iterable<VaultNote>, rule: RenameRule): NoteChange[] {
  const out: NoteChange[] = [];
  for (const note of notes) {
    const { text, changes } = renameInNote(note.text, rule);
    if (text !== note.text) out.push({ path: note.path, before: note.text, after: text, changes });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
