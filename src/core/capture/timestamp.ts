/**
 * Moments of a talk: `[mm:ss]` or `[h:mm:ss]` since it started, where a
 * bullet begins. The start is the note's `time` on its `date` on the event's
 * clocks (a talk in Seoul started at 13:00 Seoul time, wherever the laptop
 * thinks it is), or the instant "Start talk timer" stored.
 */
import { fromZone, isTimeZone } from '../text/zoned-time';

/** 754 → `[12:34]`, 3754 → `[1:02:34]`. */
export function formatStamp(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number): string => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `[${h}:${two(m)}:${two(s % 60)}]` : `[${two(m)}:${two(s % 60)}]`;
}

/** A stamp's text without brackets, `12:34` or `1:02:34`: minutes and seconds below 60 after an hour. */
export const STAMP = String.raw`(?:\d{1,2}:[0-5]\d:[0-5]\d|\d{1,3}:[0-5]\d)`;

/** `12:34` → 754, `1:02:34` → 3754 (brackets allowed); undefined when it is no stamp. */
export function stampSeconds(text: string): number | undefined {
  const m = new RegExp(`^\\[?(${STAMP})\\]?$`).exec(text.trim());
  if (!m) return undefined;
  return m[1].split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** What a line starts with before its words: indentation, quote marks, a list marker, a task box. */
const LEAD = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?)?/;

/**
 * Where a stamp goes in a line and what it replaces: after the bullet (or at
 * the start of a line that is none); an existing stamp there is replaced, so
 * stamping twice moves the moment rather than adding a second one.
 */
export function stampEdit(line: string, stamp: string): { from: number; to: number; text: string } {
  const at = LEAD.exec(line)?.[0].length ?? 0;
  const old = new RegExp(`^\\[${STAMP}\\][ \\t]?`).exec(line.slice(at));
  return { from: at, to: at + (old?.[0].length ?? 0), text: `${stamp} ` };
}

export interface TalkStart {
  /** `YYYY-MM-DD` */
  date?: string;
  /** `HH:MM` on the event's clocks. */
  time?: string;
  /** The event's IANA zone; the device's when absent or unknown. */
  zone?: string;
  /** What "Start talk timer" stored (an ISO instant): it wins over the programme. */
  timer?: string;
}

/** The instant (ms) the talk started, or undefined when the note says neither a timer nor a date and time. */
export function talkStart(start: TalkStart): number | undefined {
  if (start.timer !== undefined) {
    const at = Date.parse(start.timer);
    if (!Number.isNaN(at)) return at;
  }
  if (start.date === undefined || start.time === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(start.date) || !/^\d{2}:\d{2}$/.test(start.time)) return undefined;
  return fromZone({ date: start.date, time: start.time }, start.zone !== undefined && isTimeZone(start.zone) ? start.zone : undefined).getTime();
}

/** Whole seconds from `start` to `now`; negative before the talk. */
export function elapsedSeconds(start: number, now: number): number {
  return Math.floor((now - start) / 1000);
}
