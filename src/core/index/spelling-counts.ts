/** Counts of how each key was spelled, kept incrementally so names never depend on edit order. */
import type { Spelling } from './session-record';

export class SpellingCounts {
  private readonly counts = new Map<string, Map<string, number>>();

  add(spellings: readonly Spelling[], delta: 1 | -1): void {
    for (const { key, text } of spellings) {
      let forKey = this.counts.get(key);
      if (!forKey) this.counts.set(key, (forKey = new Map<string, number>()));
      const next = (forKey.get(text) ?? 0) + delta;
      if (next > 0) forKey.set(text, next);
      else forKey.delete(text);
      if (forKey.size === 0) this.counts.delete(key);
    }
  }

  /** The most used spelling of a key; ties go to the smallest, for determinism. */
  preferred(key: string): string | undefined {
    let best: string | undefined;
    let bestCount = 0;
    for (const [text, count] of this.counts.get(key) ?? []) {
      if (count > bestCount || (count === bestCount && best !== undefined && text < best)) {
        best = text;
        bestCount = count;
      }
    }
    return best;
  }

  /** All spellings of a key, most used first. */
  spellings(key: string): string[] {
    const entries = [...(this.counts.get(key) ?? [])];
    return entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([text]) => text);
  }

  keys(): IterableIterator<string> {
    return this.counts.keys();
  }
}
