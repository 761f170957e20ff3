/**
 * The timetable grid of a programme: one table per day, a column per track and
 * a row per start time, each cell holding the talks of that track and time.
 * Talks without a track (a keynote for every room) get a column of their own,
 * first; talks without a time come last in their day.
 */
import { collator } from '../text/normalize';

export interface TimetableItem {
  path: string;
  title: string;
  /** The day's label: its date, else `day N`, else ''. */
  day: string;
  time: string;
  end: string;
  track: string;
  status: string;
}

export interface TimetableDay {
  day: string;
  tracks: string[];
  slots: { time: string; cells: TimetableItem[][] }[];
}

const byText = (a: string, b: string): number => (a === b ? 0 : a === '' ? 1 : b === '' ? -1 : collator.compare(a, b));

export function timetable(items: readonly TimetableItem[]): TimetableDay[] {
  const days = new Map<string, TimetableItem[]>();
  for (const item of items) days.set(item.day, [...(days.get(item.day) ?? []), item]);
  return [...days.keys()].sort(byText).map((day) => {
    const list = days.get(day)!;
    // '' sorts last for days and times, but a track-less column comes first.
    const tracks = [...new Set(list.map((i) => i.track))].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : collator.compare(a, b)));
    const times = [...new Set(list.map((i) => i.time))].sort(byText);
    const slots = times.map((time) => ({
      time,
      cells: tracks.map((track) => list.filter((i) => i.time === time && i.track === track).sort((a, b) => collator.compare(a.title, b.title))),
    }));
    return { day, tracks, slots };
  });
}
