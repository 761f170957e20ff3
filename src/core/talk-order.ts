/** The order talks happen in: day, time, explicit order, then title (DESIGN.md §5). */
import { collator } from './normalize';

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
