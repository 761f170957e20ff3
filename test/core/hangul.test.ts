import { toInitials, toJamo } from '../../src/core/hangul';

test('syllables spell out as compatibility jamo', () => {
  expect(toJamo('추천')).toBe('ㅊㅜㅊㅓㄴ');
  expect(toJamo('강화 RL')).toBe('ㄱㅏㅇㅎㅘ RL');
});

test('initial consonants', () => {
  expect(toInitials('추천시스템')).toBe('ㅊㅊㅅㅅㅌ');
  expect(toInitials('이상탐지')).toBe('ㅇㅅㅌㅈ');
});
