import fc from 'fast-check';
import { FINALS, isBareJamo, MEDIALS, toInitials, toJamo } from '../../../src/core/text/hangul';
import { keystrokes } from '../../ime';

test('syllables spell out as compatibility jamo', () => {
  expect(toJamo('추천')).toBe('ㅊㅜㅊㅓㄴ');
  expect(toJamo('강화 RL')).toBe('ㄱㅏㅇㅎㅗㅏ RL');
  expect(toJamo('핛')).toBe('ㅎㅏㄱㅅ');
  expect(toJamo('ㅘㄳ')).toBe('ㅗㅏㄱㅅ');
});

test('initial consonants', () => {
  expect(toInitials('추천시스템')).toBe('ㅊㅊㅅㅅㅌ');
  expect(toInitials('이상탐지')).toBe('ㅇㅅㅌㅈ');
  expect(toInitials('AI 추천 🚀')).toBe('AI ㅊㅊ 🚀');
});

test('every one of the 11,172 syllables spells out as the keys a two-set keyboard types for it', () => {
  const wrong: string[] = [];
  for (let code = 0xac00; code <= 0xd7a3; code++) {
    const syllable = String.fromCharCode(code);
    if (toJamo(syllable) !== keystrokes(syllable).join('')) wrong.push(syllable);
    if (toInitials(syllable) !== keystrokes(syllable)[0]) wrong.push(syllable);
  }
  expect(wrong).toEqual([]);
});

const isSyllable = (p: string): boolean => p.length === 1 && p >= '\uac00' && p <= '\ud7a3';
/** Keys of a loose jamo: those of the same vowel or final inside a syllable (`ㅘ` as in 와, `ㄳ` as in 앇). */
function looseKeys(jamo: string): string {
  const vowel = MEDIALS.indexOf(jamo);
  if (vowel >= 0) return keystrokes(String.fromCharCode(0xac00 + 11 * 588 + vowel * 28)).slice(1).join('');
  const final = FINALS.indexOf(jamo);
  if (final > 0) return keystrokes(String.fromCharCode(0xac00 + 11 * 588 + final)).slice(2).join('');
  return jamo;
}

test('text mixing syllables, loose jamo, Latin, other scripts and emoji keeps everything that is not Hangul', () => {
  const piece = fc.oneof(
    fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x3131, max: 0x318e }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('a', 'Z', '7', ' ', '-', 'é', '漢', '😀', '\u1100', '\uffff'),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      expect(toJamo(text)).toBe(pieces.map((p) => (isSyllable(p) ? keystrokes(p).join('') : looseKeys(p))).join(''));
      expect(toInitials(text)).toBe(pieces.map((p) => (isSyllable(p) ? keystrokes(p)[0] : p)).join(''));
    }),
  );
  expect(toJamo('x'.repeat(10_000) + '가')).toBe(`${'x'.repeat(10_000)}ㄱㅏ`);
});

test.each([
  ['ㅊㅊ', true],
  ['ㅊㅜ ㅊ', true],
  ['ㅘ', true],
  ['추천', false],
  ['추ㅊ', false],
  ['RL', false],
  ['', false],
])('%s is bare jamo: %s', (text, bare) => {
  expect(isBareJamo(text)).toBe(bare);
});
