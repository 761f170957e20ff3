/**
 * A topic note for a topic the notes use but the vocabulary lacks ("Create
 * topic note"): named by its most used spelling, the other spellings as aliases.
 */
import type { ConferenceIndex } from '../index/conference-index';
import { frontMatter } from '../note/front-matter-writer';
import type { CoreSettings } from '../note/settings';
import type { NewNote } from './new-session';
import { expandFolder, safeFileName, uniquePath } from './safe-file-name';

export interface UnknownTopic {
  id: string;
  /** The most used spelling. */
  label: string;
  /** Every spelling the notes use, the label first. */
  spellings: string[];
  count: number;
}

/** Topics written in notes but in neither the built-in vocabulary nor a topic note, the most used first. */
export function unknownTopics(index: ConferenceIndex): UnknownTopic[] {
  const vocabulary = index.catalog.vocabulary;
  return index
    .topicIds()
    .filter((id) => !vocabulary.get(id))
    .map((id) => {
      const spellings = index.topicSpellings.spellings(id);
      return { id, label: spellings[0] ?? id, spellings: spellings.length > 0 ? spellings : [id], count: index.topicFrequency(id) };
    })
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Never an existing path; a spelling the file name cannot hold stays an alias, so the note still names it. */
export function buildTopicNote(topic: UnknownTopic, settings: CoreSettings, exists: (path: string) => boolean): NewNote {
  const p = settings.props;
  const path = uniquePath(expandFolder(settings.topicFolder, {}), safeFileName(topic.label, 'Untitled topic'), exists);
  // The note's name is its file's (`Zettel method 2` when `Zettel method` is taken by another note).
  const name = path.slice(path.lastIndexOf('/') + 1, -'.md'.length);
  const aliases = topic.spellings.filter((s) => s !== name);
  const text = frontMatter({ [p.type]: 'topic', [p.aliases]: aliases }) + `# ${topic.label.replace(/\s*\n\s*/g, ' ')}\n`;
  return { path, text, cursor: null };
}
