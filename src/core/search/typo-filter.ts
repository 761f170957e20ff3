/**
 * A cheap test of whether a form can be within a few jamo edits of a query,
 * before the edit distance is computed. Every position of the query whose
 * jamo the form does not hold at all costs an edit (a substitution or a
 * deletion) in any alignment, so the count of such positions is a lower bound
 * of the distance to the form and to each of its beginnings. Jamo are hashed
 * to 32 bits per form: a collision only lets a form through. The bits sit in
 * a flat table per kind, so a query tests ten thousand speakers' forms without
 * touching their entries.
 */
import type { FormKeys } from './keys';

/** The bit of one character of a jamo key. */
function bit(code: number): number {
  return 1 << (Math.imul(code, 0x9e3779b1) >>> 27);
}

/** The bits of every character of `jamo`. */
function jamoMask(jamo: string): number {
  let mask = 0;
  for (let i = 0; i < jamo.length; i++) mask |= bit(jamo.charCodeAt(i));
  return mask;
}

/** A query's jamo, as bits with how many positions of the query fall on each. */
export class QueryJamo {
  private readonly bits: number[] = [];
  private readonly counts: number[] = [];

  constructor(jamo: string) {
    for (let i = 0; i < jamo.length; i++) {
      const b = bit(jamo.charCodeAt(i));
      const at = this.bits.indexOf(b);
      if (at >= 0) this.counts[at]++;
      else {
        this.bits.push(b);
        this.counts.push(1);
      }
    }
  }

  /** How many positions of the query surely hold a jamo that a form with `mask` lacks: a lower bound of the edits between them. */
  missing(mask: number): number {
    let n = 0;
    for (let i = 0; i < this.bits.length; i++) if ((mask & this.bits[i]) === 0) n += this.counts[i];
    return n;
  }
}

/** Every form of some entries, in entry order, with its entry's place and its jamo bits. */
export class TypoTable<T> {
  readonly forms: FormKeys[] = [];
  readonly owner: Int32Array;
  readonly masks: Int32Array;

  constructor(entries: readonly T[], formsOf: (entry: T) => Iterable<FormKeys>) {
    const owners: number[] = [];
    entries.forEach((entry, at) => {
      for (const form of formsOf(entry)) {
        this.forms.push(form);
        owners.push(at);
      }
    });
    this.owner = Int32Array.from(owners);
    this.masks = Int32Array.from(this.forms, (form) => jamoMask(form.jamo));
  }
}
