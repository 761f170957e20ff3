/**
 * What a Korean two-set (두벌식) keyboard shows after each keystroke while a
 * word is typed: every intermediate state of the IME, such as `춫` and `추처`
 * on the way to `추천`, or `핛` on the way to `학습`.
 */
import { FINALS, INITIALS, isSyllable, MEDIALS } from '../src/core/text/hangul';

/** One syllable as [initial, medial, final?] compatibility jamo, by the Unicode arithmetic. */
function syllableJamo(ch: string): string[] {
  const index = ch.charCodeAt(0) - 0xac00;
  const final = FINALS[index % 28];
  const jamo = [INITIALS[Math.floor(index / (21 * 28))], MEDIALS[Math.floor((index % (21 * 28)) / 28)]];
  return final === ' ' ? jamo : [...jamo, final];
}

const VOWEL_PAIRS: Record<string, string> = { ㅗㅏ: 'ㅘ', ㅗㅐ: 'ㅙ', ㅗㅣ: 'ㅚ', ㅜㅓ: 'ㅝ', ㅜㅔ: 'ㅞ', ㅜㅣ: 'ㅟ', ㅡㅣ: 'ㅢ' };
const FINAL_PAIRS: Record<string, string> = { ㄱㅅ: 'ㄳ', ㄴㅈ: 'ㄵ', ㄴㅎ: 'ㄶ', ㄹㄱ: 'ㄺ', ㄹㅁ: 'ㄻ', ㄹㅂ: 'ㄼ', ㄹㅅ: 'ㄽ', ㄹㅌ: 'ㄾ', ㄹㅍ: 'ㄿ', ㄹㅎ: 'ㅀ', ㅂㅅ: 'ㅄ' };
const SPLIT_FINAL = Object.fromEntries(Object.entries(FINAL_PAIRS).map(([pair, f]) => [f, pair]));

interface Block {
  initial?: string;
  medial?: string;
  final?: string;
}

function render(b: Block | undefined): string {
  if (!b) return '';
  if (b.initial && b.medial) {
    const code = 0xac00 + (INITIALS.indexOf(b.initial) * 21 + MEDIALS.indexOf(b.medial)) * 28 + (b.final ? FINALS.indexOf(b.final) : 0);
    return String.fromCharCode(code);
  }
  return b.initial ?? b.medial ?? '';
}

/** Keystrokes of a word: syllables split into jamo, compound vowels and finals into two keys. */
export function keystrokes(word: string): string[] {
  const keys: string[] = [];
  for (const ch of word) {
    if (!isSyllable(ch)) {
      keys.push(ch);
      continue;
    }
    const [i, m, f] = syllableJamo(ch);
    keys.push(i);
    const vowel = Object.entries(VOWEL_PAIRS).find(([, v]) => v === m)?.[0];
    keys.push(...(vowel ? [...vowel] : [m]));
    if (f) keys.push(...(SPLIT_FINAL[f] ? [...SPLIT_FINAL[f]] : [f]));
  }
  return keys;
}

export function imeStates(word: string): string[] {
  const states: string[] = [];
  let committed = '';
  let block: Block | undefined;
  const commit = (): void => {
    committed += render(block);
    block = undefined;
  };
  for (const key of keystrokes(word)) {
    const isVowel = MEDIALS.includes(key);
    const isConsonant = INITIALS.includes(key) || FINALS.includes(key);
    if (!isVowel && !isConsonant) {
      commit();
      committed += key;
    } else if (isConsonant) {
      if (block?.initial && block.medial && !block.final && FINALS.includes(key)) block.final = key;
      else if (block?.final && FINAL_PAIRS[block.final + key]) block.final = FINAL_PAIRS[block.final + key];
      else {
        commit();
        block = { initial: key };
      }
    } else if (block?.final) {
      const split = SPLIT_FINAL[block.final];
      const moving = split ? split[1] : block.final;
      block.final = split ? split[0] : undefined;
      commit();
      block = { initial: moving, medial: key };
    } else if (block?.medial && VOWEL_PAIRS[block.medial + key]) block.medial = VOWEL_PAIRS[block.medial + key];
    else if (block?.initial && !block.medial) block.medial = key;
    else {
      commit();
      block = { medial: key };
    }
    states.push(committed + render(block));
  }
  return states;
}
