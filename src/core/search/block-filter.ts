/**
 * Skips whole blocks of entries that cannot match a query (issue 10). Each
 * entry holds a slot; a block is 64 slots. Every run of three keystroke jamo
 * (trigram) in the entries' keys (jamo and initials) is hashed to one of 16,384
 * buckets, and each bucket keeps a bit per block: a form contains a query only
 * if it holds each of the query's trigrams, so a block whose bit is clear in
 * one of the query's buckets is skipped with no false miss (hash collisions
 * only let blocks through): 16,384 bits per block, 32 bytes per entry.
 * Queries under three jamo are not filtered (they match widely and the scan
 * stops early). A removed or replaced entry leaves stale bits, which
 * also only let a block through; such blocks are signed again before a query.
 */
import type { FormKeys, QueryKeys } from './keys';

const BLOCK_SHIFT = 6;
const BUCKET_BITS = 14;

/** An entry's slot, under a symbol: bookkeeping, not part of what the entry is (two builds of equal keys compare equal). */
export const SLOT = Symbol('slot');

/** The bucket of the trigram ending at `i`. */
function bucket(key: string, i: number): number {
  return (Math.imul(Math.imul(key.charCodeAt(i - 2), 31) + key.charCodeAt(i - 1), 0x9e3779b1) ^ Math.imul(key.charCodeAt(i), 0x85ebca6b)) >>> (32 - BUCKET_BITS);
}

export class BlockFilter<T extends { [SLOT]: number }> {
  private readonly slots: (T | undefined)[] = [];
  private readonly free: number[] = [];
  /** Per bucket, `words` 32-bit words: a bit per block. */
  private bits = new Int32Array(0);
  private words = 0;
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
    const pass = new Int32Array(this.words).fill(-1);
    for (let i = 2; i < q.jamo.length; i++) {
      const base = bucket(q.jamo, i) * this.words;
      for (let w = 0; w < this.words; w++) pass[w] &= this.bits[base + w];
    }
    return (entry) => {
      const block = entry[SLOT] >> BLOCK_SHIFT;
      return (pass[block >> 5] & (1 << (block & 31))) !== 0;
    };
  }

  private sign(entry: T): void {
    const block = entry[SLOT] >> BLOCK_SHIFT;
    if ((block >> 5) >= this.words) this.grow((block >> 5) + 1);
    const w = block >> 5;
    const bit = 1 << (block & 31);
    for (const form of this.formsOf(entry)) {
      this.signKey(form.jamo, w, bit);
      if (form.initials !== form.jamo) this.signKey(form.initials, w, bit);
    }
  }

  private signKey(key: string, w: number, bit: number): void {
    for (let i = 2; i < key.length; i++) this.bits[bucket(key, i) * this.words + w] |= bit;
  }

  /** Room for more blocks: each bucket's row grows to `words`, at least doubling. */
  private grow(words: number): void {
    const next = Math.max(words, this.words * 2);
    const bits = new Int32Array(next << BUCKET_BITS);
    // Copied word by word: a view per bucket (16,384 of them) was most of a cold fill's garbage here.
    for (let b = 0; b < 1 << BUCKET_BITS; b++) for (let w = 0; w < this.words; w++) bits[b * next + w] = this.bits[b * this.words + w];
    this.bits = bits;
    this.words = next;
  }

  /** Clears the stale blocks' bits in one pass, then signs their entries again. */
  private resign(): void {
    if (this.stale.size === 0) return;
    const keep = new Int32Array(this.words).fill(-1);
    for (const block of this.stale) keep[block >> 5] &= ~(1 << (block & 31));
    for (let i = 0; i < this.bits.length; i++) this.bits[i] &= keep[i % this.words];
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
