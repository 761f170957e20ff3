import { imeStates } from './ime';

test('every state a Korean IME shows while typing', () => {
  expect(imeStates('추천')).toEqual(['ㅊ', '추', '춫', '추처', '추천']);
  expect(imeStates('이상탐지')).toEqual(['ㅇ', '이', '잇', '이사', '이상', '이상ㅌ', '이상타', '이상탐', '이상탐ㅈ', '이상탐지']);
  expect(imeStates('강화학습')).toEqual(['ㄱ', '가', '강', '강ㅎ', '강호', '강화', '강홯', '강화하', '강화학', '강화핛', '강화학스', '강화학습']);
});
