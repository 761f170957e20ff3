/** The CLI's tables line up in a terminal: Hangul and other wide characters take two columns, combining marks none. */
import { displayWidth, table } from '../../src/core/text/text-table';

test.each([
  ['', 0],
  ['FDS', 3],
  ['추천 시스템', 11],
  ['추천'.normalize('NFD'), 4],
  ['if(kakao) 2019', 14],
  ['カカオ', 6],
  ['ｶｶｵ', 3],
  ['中文', 4],
  ['ＡＢＣ', 6],
  ['　', 2],
  ['é', 1],
  ['e\u0301', 1],
  ['a\u200bb', 2],
  ['\ufeffx', 1],
  ['🎤', 2],
  ['#1', 2],
  ['ㅊㅊ', 4],
  ['ᄀ', 2],
  ['Ω·—…', 4],
])('%j is %i columns', (text, width) => {
  expect(displayWidth(text)).toBe(width);
});

test('a table with Hangul, NFD, fullwidth and Latin lines up (whole output)', () => {
  const rows = [
    ['Topic', 'Event', 'Session'],
    ['추천 시스템 (2)', 'if(kakao) 2019', '추천 시스템 A to Z'],
    ['', 'DEVIEW 2019', '카카오'.normalize('NFD')],
    ['FDS', 'ＰｙＣｏｎ', 'x'],
  ];
  expect(table(rows)).toBe(
    [
      'Topic            Event           Session',
      '추천 시스템 (2)  if(kakao) 2019  추천 시스템 A to Z',
      `                 DEVIEW 2019     ${'카카오'.normalize('NFD')}`,
      'FDS              ＰｙＣｏｎ      x',
    ].join('\n'),
  );
});
