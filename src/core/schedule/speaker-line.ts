/** Speakers named on a line of a talk's description (`Speakers: A, B`, `발표자: 김민수`), and the description without it. */
import { distinct } from './programme';

const LINE = /^[ \t]*(?:speakers?|presenters?|presented by|by|발표자|연사|발표)[ \t]*[:：][ \t]*(.+)$/im;

export function speakersFromDescription(description: string): { speakers: string[]; rest: string } {
  const m = LINE.exec(description);
  if (!m) return { speakers: [], rest: description };
  const speakers = distinct(m[1].split(/\s*(?:[,;/·、]|\band\b|&)\s*/));
  const rest = (description.slice(0, m.index) + description.slice(m.index + m[0].length)).replace(/^\s*\n|\n\s*$/g, '').trim();
  return { speakers, rest };
}
