/**
 * The reverse index behind incremental catalog edits: every lookup key a
 * session resolved through (`lookupKeys`), known or not, → the sessions that
 * looked it up. When a catalog edit changes what a key means, only those
 * sessions can resolve differently.
 */
import type { SessionNote } from '../note/model';
import { lookupKeys } from './session-record';

export class Lookups {
  /** Lists, not sets: ten thousand sessions hold a dozen entries each. */
  private readonly paths = new Map<string, string[]>();

  add(note: SessionNote): void {
    for (const key of lookupKeys(note)) {
      const paths = this.paths.get(key);
      if (paths) paths.push(note.path);
      else this.paths.set(key, [note.path]);
    }
  }

  drop(note: SessionNote): void {
    for (const key of lookupKeys(note)) {
      const paths = this.paths.get(key) ?? [];
      const at = paths.indexOf(note.path);
      if (at < 0) continue;
      // Order does not matter: swap the last one in.
      paths[at] = paths[paths.length - 1];
      paths.pop();
      if (paths.length === 0) this.paths.delete(key);
    }
  }

  /** The sessions that looked `key` up. */
  sessions(key: string): readonly string[] {
    return this.paths.get(key) ?? [];
  }

  clear(): void {
    this.paths.clear();
  }
}
