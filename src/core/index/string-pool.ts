/**
 * One copy of each repeated value (`if(kakao) 2019`, `FDS`, `Track 1`): ten
 * thousand sessions name a few hundred topics, events and speakers, and each
 * note would otherwise keep its own copies of them.
 */
import type { SessionNote } from '../note/model';
import type { Ref } from '../note/values';

export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly refs = new Map<string, Ref>();

  text<T extends string | undefined>(value: T): T {
    if (value === undefined) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known as T;
    this.strings.set(value, value);
    return value;
  }

  /** Refs are never changed once read, so equal ones can be one object. */
  ref(value: Ref): Ref {
    const key = value.target === undefined ? value.text : `${value.text}\n${value.target}`;
    let known = this.refs.get(key);
    if (!known) this.refs.set(key, (known = value.target === undefined ? { text: this.text(value.text) } : { text: this.text(value.text), target: this.text(value.target) }));
    return known;
  }

  /** Replaces a session's repeated values by their pooled copies, in place. */
  session(note: SessionNote): void {
    if (note.event) note.event = this.ref(note.event);
    note.speakers = note.speakers.map((r) => this.ref(r));
    note.topics = note.topics.map((t) => this.text(t));
    note.tagTerms = note.tagTerms.map((t) => this.text(t));
    note.date = this.text(note.date);
    note.time = this.text(note.time);
    note.track = this.text(note.track);
    note.org = this.text(note.org);
  }
}
