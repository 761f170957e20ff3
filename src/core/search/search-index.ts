/**
 * Every searchable entry with its precomputed keys, kept per kind in id order
 * so results never depend on the order of edits. Narrowing finds the forms
 * a query begins through prefix maps and the rest by one substring test per
 * form, in order, until enough are found; typos are looked for among the short entries (topics,
 * speakers, events) only when exact matching finds little, and only in forms that hold enough of
 * the query's jamo to be within reach (see `typo-filter.ts`).
 */
import { editDistance } from '../text/edit-distance';
import { BlockFilter, SLOT } from './block-filter';
import { PrefixMap } from './prefix-map';
import { QueryJamo, TypoTable } from './typo-filter';
import { formKeys, MATCH, matchClass, type FormKeys, type QueryKeys } from './keys';

const TYPO_WHEN_FEWER = 20;

export type HitKind = 'topic' | 'speaker' | 'event' | 'session';
export const KINDS: readonly HitKind[] = ['topic', 'speaker', 'event', 'session'];

export interface EntryInput {
  kind: HitKind;
  /** Where the entry is kept: a path, topic id, speaker key or event id. */
  id: string;
  /** The id a hit reports, when not `id` (a speaker's name for its key). */
  hitId?: string;
  label: string;
  /** Every other surface form: aliases, spellings. */
  forms: readonly string[];
  path?: string;
  /** How many sessions stand behind it: used topics and speakers rank first. */
  weight?: number;
  /** A topic only notes spell, unknown to the vocabulary (maybe misspelled): after known ones that match as well. */
  free?: boolean;
}

/** An alias's keys with the alias itself, so a hit can say which alias it was found by. */
export interface AliasKeys extends FormKeys {
  text: string;
}

/** Kept lean: ten thousand sessions each hold one. Most have a single form, kept inline. */
export interface Entry extends FormKeys {
  kind: HitKind;
  id: string;
  hitId: string;
  label: string;
  path?: string;
  weight: number;
  free?: true;
  /** Forms after the first (aliases), when there are any. */
  more?: AliasKeys[];
  /** Its place in the shelf's block filter. */
  [SLOT]: number;
}

/**
 * Topic, speaker and event forms are keyed again whenever a session that names
 * them changes (thousands of times during a cold fill), so their keys are kept;
 * session titles are too many and too unique to be worth it.
 */
const SHARED = new Map<string, AliasKeys>();
function sharedFormKeys(form: string): AliasKeys {
  let keys = SHARED.get(form);
  if (!keys) {
    if (SHARED.size > 50_000) SHARED.clear();
    SHARED.set(form, (keys = { ...formKeys(form), text: form }));
  }
  return keys;
}

function ownFormKeys(form: string): AliasKeys {
  return { ...formKeys(form), text: form };
}

function* formsOf(entry: Entry): Generator<FormKeys> {
  yield entry;
  if (entry.more) yield* entry.more;
}

export interface Candidate {
  entry: Entry;
  match: number;
  /** The form that matched best. */
  form: FormKeys;
}

interface Shelf {
  ids: string[];
  entries: Entry[];
  heads: PrefixMap<Entry>;
  blocks: BlockFilter<Entry>;
  /** The forms of topics, speakers and events laid out for the typo search; made again after a change. */
  typos: TypoTable<Entry> | null;
}

const emptyShelf = (): Shelf => ({ ids: [], entries: [], heads: new PrefixMap(formsOf), blocks: new BlockFilter(formsOf), typos: null });

export class SearchIndex {
  private readonly shelves = new Map<HitKind, Shelf>(KINDS.map((k) => [k, emptyShelf()]));

  get size(): number {
    let n = 0;
    for (const shelf of this.shelves.values()) n += shelf.ids.length;
    return n;
  }

  upsert(input: EntryInput): void {
    const { kind, id, label, path } = input;
    const shelf = this.shelves.get(kind)!;
    const at = lowerBound(shelf.ids, id);
    const old = shelf.ids[at] === id ? shelf.entries[at] : undefined;
    // A session keyed again under the same title (its speakers or topics changed) keeps its keys.
    if (kind === 'session' && old?.label === label && old.path === path && input.forms.length === 0 && !old.more) return;
    const unique = [...new Set([label, ...input.forms].filter((f) => f.trim() !== ''))];
    const [head, ...rest] = unique;
    // The first form's keys are copied onto the entry, so a session's title is keyed without an object of its own.
    const first: FormKeys = head === undefined ? formKeys(id) : kind === 'session' ? formKeys(head) : sharedFormKeys(head);
    const entry: Entry = { kind, id, hitId: input.hitId ?? id, label, weight: input.weight ?? 0, [SLOT]: -1, jamo: first.jamo, initials: first.initials };
    if (rest.length > 0) entry.more = rest.map(kind === 'session' ? ownFormKeys : sharedFormKeys);
    if (input.free) entry.free = true;
    if (path !== undefined) entry.path = path;
    // Relinked sessions mark their topics and speakers again, often with only a new weight (how many
    // sessions stand behind them, which only ranking reads): the entry stays where it is, maps and filters too.
    if (old && sameForms(old, entry)) {
      old.weight = entry.weight;
      return;
    }
    shelf.typos = null;
    if (old) {
      shelf.entries[at] = entry;
      shelf.heads.remove(old);
      shelf.blocks.replace(old, entry);
    } else {
      shelf.ids.splice(at, 0, id);
      shelf.entries.splice(at, 0, entry);
      shelf.blocks.add(entry);
    }
    shelf.heads.add(entry);
  }

  remove(kind: HitKind, id: string): void {
    const shelf = this.shelves.get(kind)!;
    const at = lowerBound(shelf.ids, id);
    if (shelf.ids[at] !== id) return;
    shelf.typos = null;
    shelf.heads.remove(shelf.entries[at]);
    shelf.blocks.remove(shelf.entries[at]);
    shelf.ids.splice(at, 1);
    shelf.entries.splice(at, 1);
  }

  clear(kind: HitKind): void {
    this.shelves.set(kind, emptyShelf());
  }

  ids(kind: HitKind): readonly string[] {
    return this.shelves.get(kind)!.ids;
  }

  /** Every entry, for the full-scan baseline and tests. */
  *all(): Generator<Entry> {
    for (const shelf of this.shelves.values()) yield* shelf.entries;
  }

  /**
   * The best `max` candidates: by match class, then kind (topics first), then id.
   * Typos are looked for only when plain matching leaves the first page short.
   */
  candidates(q: QueryKeys, max: number): Candidate[] {
    const out = this.matches(q, max);
    if (out.length < Math.min(TYPO_WHEN_FEWER, max) && q.jamo.length >= 2) out.push(...this.typos(q, max - out.length, new Set(out.map((c) => c.entry))));
    return out;
  }

  /**
   * The best `max` plain matches, exactly those a scan of every entry would
   * keep. The prefix maps count the forms that begin with the query (exact
   * and prefix matches, which come first); the scan in kind and id order then
   * stops as soon as every class holds what it can give to the first `max`,
   * which for a common query is within the first few hundred entries.
   */
  matches(q: QueryKeys, max: number): Candidate[] {
    let exact = 0;
    let prefix = 0;
    for (const { heads } of this.shelves.values()) {
      for (const entry of heads.startingWith(q.jamo)) {
        const m = bestClass(entry, q);
        if (m === MATCH.exact) exact++;
        else if (m === MATCH.prefix) prefix++;
      }
    }
    const need = [0, 0, 0, 0, 0, 0];
    need[MATCH.exact] = Math.min(max, exact);
    need[MATCH.prefix] = Math.min(max - need[MATCH.exact], prefix);
    need[MATCH.inside] = max - need[MATCH.exact] - need[MATCH.prefix];
    const buckets: Candidate[][] = Array.from({ length: MATCH.exact + 1 }, () => []);
    const done = (): boolean => buckets[MATCH.exact].length >= need[MATCH.exact] && buckets[MATCH.prefix].length >= need[MATCH.prefix] && buckets[MATCH.inside].length >= need[MATCH.inside];
    scan: for (const kind of KINDS) {
      const { entries, blocks } = this.shelves.get(kind)!;
      const mayMatch = blocks.mayMatch(q);
      for (const entry of entries) {
        if (!mayMatch(entry)) continue;
        const match = bestClass(entry, q);
        // Only the first `max` of a class can be taken, so no more are kept.
        if (match === MATCH.none || buckets[match].length >= max) continue;
        buckets[match].push({ entry, match, form: formOfClass(entry, q, match) });
        if (done()) break scan;
      }
    }
    const out: Candidate[] = [];
    for (let m = MATCH.exact; m > MATCH.none && out.length < max; m--) out.push(...buckets[m].slice(0, max - out.length));
    return out;
  }

  /** Entries whose form, or its beginning, is a jamo edit or two away from the query. */
  private typos(q: QueryKeys, max: number, taken: Set<Entry>): Candidate[] {
    const allowed = q.jamo.length <= 3 ? 0 : q.jamo.length <= 8 ? 1 : q.jamo.length <= 16 ? 2 : 3;
    if (allowed === 0) return [];
    const reach = new QueryJamo(q.jamo);
    const out: Candidate[] = [];
    for (const kind of ['topic', 'speaker', 'event'] as const) {
      const shelf = this.shelves.get(kind)!;
      const table = (shelf.typos ??= new TypoTable(shelf.entries, formsOf));
      // Forms in entry order, each entry's in its own order: the first near form of an entry is its match.
      let found = -1;
      for (let i = 0; i < table.forms.length; i++) {
        const at = table.owner[i];
        const form = table.forms[i];
        if (at === found || form.jamo.length + allowed < q.jamo.length || reach.missing(table.masks[i]) > allowed) continue;
        const entry = shelf.entries[at];
        if (taken.has(entry) || !withinEdits(q.jamo, form.jamo, allowed)) continue;
        out.push({ entry, match: MATCH.fuzzy, form });
        if (out.length >= max) return out;
        found = at;
      }
    }
    return out;
  }
}

/** Whether `form`, or its beginning as long as the query, is at most `allowed` edits from the query. */
function withinEdits(query: string, form: string, allowed: number): boolean {
  if (editDistance(query, form.slice(0, query.length), allowed) <= allowed) return true;
  return Math.abs(form.length - query.length) <= allowed && editDistance(query, form, allowed) <= allowed;
}

/** Equal fields but the weight, and forms that are the same (shared) keys in the same order. */
function sameForms(a: Entry, b: Entry): boolean {
  const [x, y] = [a.more ?? [], b.more ?? []];
  return (
    a.hitId === b.hitId && a.label === b.label && a.path === b.path && a.free === b.free &&
    a.jamo === b.jamo && a.initials === b.initials && x.length === y.length &&
    x.every((f, i) => f.text === y[i].text && f.jamo === y[i].jamo && f.initials === y[i].initials)
  );
}

/** The entry's best class over its forms. */
function bestClass(entry: Entry, q: QueryKeys): number {
  let best: number = matchClass(entry, q);
  for (const form of entry.more ?? []) best = Math.max(best, matchClass(form, q));
  return best;
}

/** The entry's first form that matches `q` as well as `match` (its best class), without a list per hit. */
function formOfClass(entry: Entry, q: QueryKeys, match: number): FormKeys {
  if (matchClass(entry, q) === match) return entry;
  return entry.more?.find((f) => matchClass(f, q) === match) ?? entry;
}

function lowerBound(sorted: readonly string[], id: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
