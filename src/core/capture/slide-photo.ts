/**
 * A slide photo's file name (the talk and the moment, safe on every file
 * system and in a wikilink) and where its embed goes in the note.
 */
import { safeFileName } from './safe-file-name';
import type { LineEdit } from './live-edits';

/** `검색 랭킹 개선기 12-34.jpg`; without a stamp, the wall-clock `HHMMSS`. */
export function slidePhotoName(title: string, stamp: string | null, clockTime: string, extension: string): string {
  const moment = stamp === null ? clockTime.replace(/\D/g, '') : stamp.replace(/[[\]]/g, '').replace(/:/g, '-');
  const ext = extension.toLowerCase().replace(/[^a-z0-9]/g, '') || 'png';
  return `${safeFileName(title, 'slide')} ${moment}.${ext}`;
}

const LEAD = /^([ \t]*(?:>[ \t]?)*)((?:[-*+]|\d{1,9}[.)])[ \t]+)?/;

/**
 * `[12:34] ![[name]]` where the cursor is: at the end of an empty bullet or
 * line, else as a new bullet under the cursor's line, so the stamp starts its item.
 */
export function photoEdit(line: string, cursorLine: number, stamp: string | null, embed: string): LineEdit {
  const text = stamp === null ? embed : `${stamp} ${embed}`;
  const lead = LEAD.exec(line);
  const end = { line: cursorLine, ch: line.length };
  if (line.slice(lead?.[0].length ?? 0).trim() === '') {
    const from = { line: cursorLine, ch: lead?.[0].length ?? 0 };
    const prefix = lead?.[2] === undefined ? '- ' : '';
    return { from, to: end, text: `${prefix}${text}`, cursor: { line: cursorLine, ch: from.ch + prefix.length + text.length } };
  }
  const bullet = `${lead?.[1] ?? ''}${lead?.[2] ?? '- '}`;
  return { from: end, to: end, text: `\n${bullet}${text}`, cursor: { line: cursorLine + 1, ch: bullet.length + text.length } };
}
