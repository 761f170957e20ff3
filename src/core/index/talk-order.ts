/** The order talks happen in: day, time, explicit order, then title (DESIGN.md §5). */
import { collator } from '../text/normalize';

export interface Slot {
  day?: number;
  date?: string;
  time?: string;
  order?: number;
  title: string;
  path: string;
}

/** Missing values sort after present ones, so undated talks trail the programme. */
function compareOptional<T extends number | string>(a: T | undefined, b: T | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

export function compareTalkOrder(a: Slot, b: Slot): number {
  return (
    compareOptional(a.day, b.day) ||
    compareOptional(a.time, b.time) ||
    compareOptional(a.order, b.order) ||
    collator.compare(a.title, b.title) ||
    compareOptional(a.path, b.path)
  );
}

/** Across events: by date first, then talk order. */
export function compareChronological(a: Slot, b: Slot): number {
  return compareOptional(a.date, b.date) || compareTalkOrder(a, b);
}

/** A talk's place in a real programme: its day, start time, explicit order and room. */
export interface Place {
  path: string;
  day?: number;
  date?: string;
  time?: string;
  order?: number;
  track?: string;
}

/** Whether two talks share a day: a known one, an unknown one (neither says), or not. */
function sameDay(a: Place, b: Place): 'known' | 'unknown' | false {
  if (a.day !== undefined && b.day !== undefined) return a.day === b.day ? 'known' : false;
  if (a.date !== undefined && b.date !== undefined) return a.date === b.date ? 'known' : false;
  return a.day === undefined && b.day === undefined && a.date === undefined && b.date === undefined ? 'unknown' : false;
}

/**
 * Whether `a` is before (< 0) or after (> 0) `b` by what the notes say, or
 * undefined when they do not say: start times on the same known day, else
 * explicit `order` on the same day. A title or file name is no order, and two
 * talks at one time are parallel, neither before the other.
 */
export function comparePlace(a: Place, b: Place): number | undefined {
  const day = sameDay(a, b);
  if (day === false) return undefined;
  if (day === 'known' && a.time !== undefined && b.time !== undefined && a.time !== b.time) return a.time < b.time ? -1 : 1;
  if (a.order !== undefined && b.order !== undefined && a.order !== b.order) return a.order - b.order;
  return undefined;
}

/**
 * The talks right after (`step` 1) or right before (-1) `self` in its room:
 * the same track when `self` names one (a talk without a track, a keynote,
 * belongs to every room), all tracks otherwise. Several talks at the next
 * start time are all returned: without tracks, any of them may be next.
 */
export function adjacentTalks<T extends Place>(programme: readonly T[], self: Place, step: 1 | -1): T[] {
  const room = programme.filter((o) => o.path !== self.path && (self.track === undefined || o.track === undefined || o.track === self.track));
  const nearer = (a: Place, b: Place): boolean => (comparePlace(a, b) ?? 0) * step < 0;
  // The nearest talks beyond `self`, kept in one pass: there are only as many as parallel talks.
  let nearest: T[] = [];
  for (const o of room) {
    if (!nearer(self, o) || nearest.some((n) => nearer(n, o))) continue;
    nearest = [...nearest.filter((n) => !nearer(o, n)), o];
  }
  return nearest;
}
