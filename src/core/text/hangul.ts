/** Hangul syllable arithmetic (Unicode 0xAC00 block), used for typo distance and search keys. */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const MEDIALS_TIMES_FINALS = 21 * 28;

/** Compatibility jamo, so decomposed text compares with what a keyboard types. */
export const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
export const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
export const FINALS = ' ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';

export function isSyllable(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
}

/**
 * Compound vowels and finals typed as two keys: an IME shows `핛` on the way
 * from `학` to `학습`, so `ㄳ` must compare as `ㄱㅅ` and `ㅘ` as `ㅗㅏ`.
 */
const SPLIT: Record<string, string> = {
  ㅘ: 'ㅗㅏ', ㅙ: 'ㅗㅐ', ㅚ: 'ㅗㅣ', ㅝ: 'ㅜㅓ', ㅞ: 'ㅜㅔ', ㅟ: 'ㅜㅣ', ㅢ: 'ㅡㅣ',
  ㄳ: 'ㄱㅅ', ㄵ: 'ㄴㅈ', ㄶ: 'ㄴㅎ', ㄺ: 'ㄹㄱ', ㄻ: 'ㄹㅁ', ㄼ: 'ㄹㅂ', ㄽ: 'ㄹㅅ', ㄾ: 'ㄹㅌ', ㄿ: 'ㄹㅍ', ㅀ: 'ㄹㅎ', ㅄ: 'ㅂㅅ',
};

/** First code of compatibility jamo: text below it (Latin, digits, most punctuation) has nothing to spell out. */
const JAMO_FIRST = 0x3131;
/** The two keys of each compound jamo, by code. */
const SPLIT_CODES = new Map(Object.entries(SPLIT).map(([jamo, keys]) => [jamo.charCodeAt(0), [keys.charCodeAt(0), keys.charCodeAt(1)]]));
const codesOf = (letters: string): number[] => Array.from(letters, (c) => c.charCodeAt(0));
const [INITIAL_CODES, MEDIAL_CODES, FINAL_CODES] = [codesOf(INITIALS), codesOf(MEDIALS), codesOf(FINALS)];

/**
 * Search keys are made for every form of every note during a cold fill, so they are built from
 * character codes in one reused buffer, not by adding strings (a rope node per character), and
 * text with nothing to spell out is returned as it is.
 */
const buffer: number[] = [];

function hasHangul(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= JAMO_FIRST) return true;
  return false;
}

function pushKeys(code: number): void {
  const keys = SPLIT_CODES.get(code);
  if (keys) buffer.push(keys[0], keys[1]);
  else buffer.push(code);
}

/** An argument list has a size limit: longer text is made in chunks of this many codes. */
const CHUNK = 4096;

function takeBuffer(): string {
  let out = '';
  if (buffer.length <= CHUNK) out = String.fromCharCode(...buffer);
  else for (let at = 0; at < buffer.length; at += CHUNK) out += String.fromCharCode(...buffer.slice(at, at + CHUNK));
  buffer.length = 0;
  return out;
}

/** Every syllable spelled out as keystroke jamo; other characters kept. `추천` → `ㅊㅜㅊㅓㄴ`, `화` → `ㅎㅗㅏ`. */
export function toJamo(text: string): string {
  if (!hasHangul(text)) return text;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const index = code - SYLLABLE_FIRST;
    if (index < 0 || code > SYLLABLE_LAST) {
      pushKeys(code);
      continue;
    }
    buffer.push(INITIAL_CODES[Math.floor(index / MEDIALS_TIMES_FINALS)]);
    pushKeys(MEDIAL_CODES[Math.floor((index % MEDIALS_TIMES_FINALS) / 28)]);
    if (index % 28 > 0) pushKeys(FINAL_CODES[index % 28]);
  }
  return takeBuffer();
}

/** Whether text is made only of compatibility consonants (`ㅊㅊ`): a query by initials. */
export function isInitialsOnly(text: string): boolean {
  if (text === '') return false;
  for (const ch of text) if (!INITIALS.includes(ch)) return false;
  return true;
}

/** Initial consonant of every syllable; other characters kept. `추천` → `ㅊㅊ`. */
export function toInitials(text: string): string {
  if (!hasHangul(text)) return text;
  for (let i = 0; i < text.length; i++) {
    const index = text.charCodeAt(i) - SYLLABLE_FIRST;
    buffer.push(index >= 0 && index <= SYLLABLE_LAST - SYLLABLE_FIRST ? INITIAL_CODES[Math.floor(index / MEDIALS_TIMES_FINALS)] : text.charCodeAt(i));
  }
  return takeBuffer();
}

/** Whether text is only loose compatibility jamo (`ㅊㅊ`, `ㅊㅜ`), spaces aside: a search by keystrokes, never a name. */
export function isBareJamo(text: string): boolean {
  const letters = text.replace(/\s+/g, '');
  return /^[\u3131-\u318e]+$/.test(letters);
}
