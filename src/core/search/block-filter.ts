/**
 * Skips whole blocks of entries that cannot match a query (issue 10). Each
 * entry holds a slot; a block is 64 slots. For every run of three keystroke
 * jamo (trigram) in the entries' keys (jamo and initials), a bit set over
 * blocks tells which blocks hold it; a form contains a query only if it holds
 * each of the query's trigrams, so the blocks lacking one are skipped with no
 * false miss. Queries under three jamo are not filtered (they match widely and
 * the scan stops early). A removed or replaced entry leaves stale bits, which
 * only let a block through; such blocks are signed again before a query.
 */
import type { FormKeys, QueryKeys } from './keys';

const BLOCK_SHIFT = 6;

/** An entry's slot, under a symbol: bookkeeping, not part of what the entry is (two builds of equal keys compare equal). */
export const SLOT = Symbol('slot');
/** Bits per word, kept small integers. */
const WORD = 30;

/** A trigram's code; two trigrams sharing one only let more blocks through. */
function gram(key: string, i: number): number {
  return (Math.imul(key.charCodeAt(i - 2) * 31 + key.charCodeAt(i - 1), 0x9e3779b1) ^ key.charCodeAt(i)) & 0x3fffffff;
}

export class BlockFilter<T extends { [SLOT]: number }> {
  private readonly slots: (T | undefined)[] = [];
  private readonly free: number[] = [];
  /** Trigram → bit set over blocks. */
  private readonly blocksOf = new Map<number, number[]>();
  private readonly stale = new Set<number>();

  constructor(private readonly formsOf: (entry: T) => Iterable<FormKeys>) {}

  add(entry: T): void {
    entry[SLOT] = this.free.pop() ?? this.slots.length;
    this.slots[entry[SLOT]] = entry;
    this.sign(entry);
  }

  /** `entry` takes the place of `old`. */
  replace(old: T, entry: T): void {
    entry[SLOT] = old[SLOT];
    this.slots[entry[SLOT]] = entry;
    this.stale.add(entry[SLOT] >> BLOCK_SHIFT);
  }

  remove(entry: T): void {
    this.slots[entry[SLOT]] = undefined;
    this.free.push(entry[SLOT]);
    this.stale.add(entry[SLOT] >> BLOCK_SHIFT);
  }

  /** A test of whether an entry's block may hold a match for the query. */
  mayMatch(q: QueryKeys): (entry: T) => boolean {
    if (q.jamo.length < 3) return () => true;
    this.resign();
    let pass: number[] | undefined;
    for (let i = 2; i < q.jamo.length; i++) {
      const bits = this.blocksOf.get(gram(q.jamo, i));
      if (!bits) return () => false;
      pass = pass ? pass.map((word, w) => word & (bits[w] ?? 0)) : bits.slice();
    }
    const words = pass!;
    return (entry) => {
      const block = entry[SLOT] >> BLOCK_SHIFT;
      return (((words[(block / WORD) | 0] ?? 0) >> (block % WORD)) & 1) === 1;
    };
  }

  private sign(entry: T): void {
    const block = entry[SLOT] >> BLOCK_SHIFT;
    const w = (block / WORD) | 0;
    const bit = 1 << (block % WORD);
    for (const form of this.formsOf(entry)) {
      for (const key of form.initials === form.jamo ? [form.jamo] : [form.jamo, form.initials]) {
        for (let i = 2; i < key.length; i++) {
          const g = gram(key, i);
          let bits = this.blocksOf.get(g);
          if (!bits) this.blocksOf.set(g, (bits = []));
          while (bits.length <= w) bits.push(0);
          bits[w] |= bit;
        }
      }
    }
  }

  /** Clears the stale blocks' bits in one pass, then signs their entries again. */
  private resign(): void {
    if (this.stale.size === 0) return;
    const clear: number[] = [];
    for (const block of this.stale) {
      const w = (block / WORD) | 0;
      while (clear.length <= w) clear.push(0);
      clear[w] |= 1 << (block % WORD);
    }
    for (const [g, bits] of this.blocksOf) {
      let any = 0;
      for (let w = 0; w < bits.length; w++) any |= bits[w] &= ~(clear[w] ?? 0);
      if (any === 0) this.blocksOf.delete(g);
    }
    for (const block of this.stale) {
      const end = Math.min(this.slots.length, (block + 1) << BLOCK_SHIFT);
      for (let slot = block << BLOCK_SHIFT; slot < end; slot++) {
        const entry = this.slots[slot];
        if (entry) this.sign(entry);
      }
    }
    this.stale.clear();
  }
}
