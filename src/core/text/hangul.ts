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

/** Splits one syllable into [initial, medial, final?] compatibility jamo. */
export function syllableJamo(ch: string): string[] {
  const index = ch.charCodeAt(0) - SYLLABLE_FIRST;
  const initial = INITIALS[Math.floor(index / MEDIALS_TIMES_FINALS)];
  const medial = MEDIALS[Math.floor((index % MEDIALS_TIMES_FINALS) / 28)];
  const final = FINALS[index % 28];
  return final === ' ' ? [initial, medial] : [initial, medial, final];
}

/**
 * Compound vowels and finals typed as two keys: an IME shows `핛` on the way
 * from `학` to `학습`, so `ㄳ` must compare as `ㄱㅅ` and `ㅘ` as `ㅗㅏ`.
 */
const SPLIT: Record<string, string> = {
  ㅘ: 'ㅗㅏ', ㅙ: 'ㅗㅐ', ㅚ: 'ㅗㅣ', ㅝ: 'ㅜㅓ', ㅞ: 'ㅜㅔ', ㅟ: 'ㅜㅣ', ㅢ: 'ㅡㅣ',
  ㄳ: 'ㄱㅅ', ㄵ: 'ㄴㅈ', ㄶ: 'ㄴㅎ', ㄺ: 'ㄹㄱ', ㄻ: 'ㄹㅁ', ㄼ: 'ㄹㅂ', ㄽ: 'ㄹㅅ', ㄾ: 'ㄹㅌ', ㄿ: 'ㄹㅍ', ㅀ: 'ㄹㅎ', ㅄ: 'ㅂㅅ',
};

/** Every syllable spelled out as keystroke jamo; other characters kept. `추천` → `ㅊㅜㅊㅓㄴ`, `화` → `ㅎㅗㅏ`. */
export function toJamo(text: string): string {
  let out = '';
  for (const ch of text) {
    if (isSyllable(ch)) for (const j of syllableJamo(ch)) out += SPLIT[j] ?? j;
    else out += SPLIT[ch] ?? ch;
  }
  return out;
}

/** Whether text is made only of compatibility consonants (`ㅊㅊ`): a query by initials. */
export function isInitialsOnly(text: string): boolean {
  if (text === '') return false;
  for (const ch of text) if (!INITIALS.includes(ch)) return false;
  return true;
}

/** Initial consonant of every syllable; other characters kept. `추천` → `ㅊㅊ`. */
export function toInitials(text: string): string {
  let out = '';
  for (const ch of text) out += isSyllable(ch) ? syllableJamo(ch)[0] : ch;
  return out;
}

/** Whether text is only loose compatibility jamo (`ㅊㅊ`, `ㅊㅜ`), spaces aside: a search by keystrokes, never a name. */
export function isBareJamo(text: string): boolean {
  const letters = text.replace(/\s+/g, '');
  return /^[\u3131-\u318e]+$/.test(letters);
}
