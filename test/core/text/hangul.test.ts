import { isBareJamo, toInitials, toJamo } from '../../../src/core/text/hangul';

test('syllables spell out as compatibility jamo', () => {
  expect(toJamo('추천')).toBe('ㅊㅜㅊㅓㄴ');
  expect(toJamo('강화 RL')).toBe('ㄱㅏㅇㅎㅗㅏ RL');
  expect(toJamo('핛')).toBe('ㅎㅏㄱㅅ');
});

test('initial consonants', () => {
  expect(toInitials('추천시스템')).toBe('ㅊㅊㅅㅅㅌ');
  expect(toInitials('이상탐지')).toBe('ㅇㅅㅌㅈ');
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
