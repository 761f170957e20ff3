/** A topic named by the user (CLI, Obsidian's CLI): by label, id or any alias, with the particle rule (DESIGN.md §3). */
import type { ConferenceIndex } from './conference-index';
import { topicLabel } from './listings';
import { foldKey, termKey } from '../text/normalize';

export interface FoundTopic {
  id: string;
  /** Set when the words given are not the topic's own name: say which topic they matched. */
  matched?: string;
}

/** Throws a RangeError naming the words when no topic has them. */
export function findTopic(index: ConferenceIndex, given: string): FoundTopic {
  const known = index.catalog.vocabulary.resolve(given);
  // Topics written in notes but outside the vocabulary are keyed by their folded spelling.
  const inVault = known === null ? new Set(index.topicIds()) : undefined;
  const id = known ?? termKey(given, (k) => inVault?.has(k) === true);
  if (known === null && inVault?.has(id) !== true) throw new RangeError(`unknown topic "${given}": no topic has that name or alias`);
  const label = topicLabel(index, id);
  const own = foldKey(given) === foldKey(label) || foldKey(given) === foldKey(id);
  return own ? { id } : { id, matched: label };
}
