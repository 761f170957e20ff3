/**
 * Entries by the first two keystroke jamo of each of their forms, so that the
 * forms a query begins (exact and prefix matches, the best classes) are found
 * without a scan (issue 10). Sets make an edit O(1).
 */
import type { FormKeys } from './keys';

export class PrefixMap<T> {
  private readonly heads = new Map<string, Set<T>>();

  constructor(private readonly formsOf: (entry: T) => Iterable<FormKeys>) {}

  add(entry: T): void {
    for (const form of this.formsOf(entry)) {
      const head = form.jamo.slice(0, 2);
      let set = this.heads.get(head);
      if (!set) this.heads.set(head, (set = new Set()));
      set.add(entry);
    }
  }

  remove(entry: T): void {
    for (const form of this.formsOf(entry)) {
      const head = form.jamo.slice(0, 2);
      const set = this.heads.get(head);
      set?.delete(entry);
      if (set?.size === 0) this.heads.delete(head);
    }
  }

  /** Every entry with a form whose jamo starts with `jamo` (and some that don't: callers test). */
  *startingWith(jamo: string): Generator<T> {
    if (jamo.length >= 2) {
      yield* this.heads.get(jamo.slice(0, 2)) ?? [];
      return;
    }
    for (const [head, set] of this.heads) if (head.startsWith(jamo)) yield* set;
  }
}
