/** Breaks, meals, registration and the like: programme items that are not talks, by their type or title. */
import type { Talk } from './programme';

const TYPES = /^(break|coffee|lunch|dinner|meal|pause|registration|service|social|networking|other|filler)$/i;
const TITLE = new RegExp(
  [
    '^(coffee|tea)?\\s*breaks?$', 'coffee', 'lunch', 'dinner', 'breakfast', 'registration', 'check-?in', 'doors open',
    'networking', 'happy hour', 'reception', '^pause$', '점심', '휴식', '쉬는\\s*시간', '등록', '접수', '만찬', '저녁\\s*식사', '네트워킹', '커피', '체크인', '입장',
  ].join('|'),
  'i',
);

/** Why the item is skipped, or undefined for a talk. Titles are judged whole-ish: a talk *about* lunch data keeps its speakers. */
export function nonTalkReason(talk: Talk): string | undefined {
  if (talk.type !== undefined && TYPES.test(talk.type.trim())) return talk.type.trim().toLowerCase();
  if (talk.speakers.length === 0 && TITLE.test(talk.title)) return 'break';
  return undefined;
}
