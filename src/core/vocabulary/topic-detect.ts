/**
 * Vocabulary topics mentioned in a note's body ("Suggest topics for this
 * note"): words and runs of up to four words are matched with the particle
 * rules of DESIGN.md §3; code, inline code, links' targets and front matter are skipped.
 */
import { protect } from '../note/protect';
import { splitFrontMatter } from '../note/front-matter-block';
import type { Vocabulary } from './vocabulary';

export interface TopicMention {
  id: string;
  count: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}_\-+.]*/gu;

/** The note's prose: without front matter, fenced code, inline code and `%%` comments. */
export function proseOf(text: string): string {
  const { body } = splitFrontMatter(text);
  // Code and math are cut out the way the export protects them.
  return protect(body)
    .text.replace(/\ue000\d+\ue001/g, ' ')
    .replace(/%%[\s\S]*?%%/g, ' ');
}

export function detectTopics(text: string, vocabulary: Vocabulary, maxWords = 4): TopicMention[] {
  const counts = new Map<string, number>();
  for (const line of proseOf(text).split('\n')) {
    const words = [...line.matchAll(WORD)].map((m) => m[0].replace(/[.]+$/, ''));
    for (let i = 0; i < words.length; i++) {
      // The longest run that names a topic wins: `anomaly detection` over `detection`.
      for (let n = Math.min(maxWords, words.length - i); n >= 1; n--) {
        const id = vocabulary.resolve(words.slice(i, i + n).join(' '));
        if (id === null) continue;
        counts.set(id, (counts.get(id) ?? 0) + 1);
        i += n - 1;
        break;
      }
    }
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}
