import { formatMoment, momentToDateFns } from '../../../src/core/capture/date-tokens';
import { renderTemplate, takeFirstStop } from '../../../src/core/capture/render-template';
import { expandFolder, safeFileName, uniquePath } from '../../../src/core/capture/safe-file-name';

describe('safe file names', () => {
  test.each([
    ['금융사기 잡는 카카오뱅크의 데이터 사이언스', '금융사기 잡는 카카오뱅크의 데이터 사이언스'],
    ['Q&A: 1/2 — "why?" #tag ^id [[x]] a|b', 'Q&A 1 2 — why tag id x a b'],
    ['추천'.normalize('NFD'), '추천'],
    ['...hidden', 'hidden'],
    ['  trailing dots...  ', 'trailing dots'],
    ['CON', 'CON_'],
    ['::///', 'Untitled session'],
    ['가'.repeat(200), '가'.repeat(120)],
  ])('%s → %s', (title, expected) => {
    expect(safeFileName(title)).toBe(expected);
  });

  test('an existing name gets a number, never an overwrite', () => {
    const taken = new Set(['A/x.md', 'A/x 2.md']);
    expect(uniquePath('A', 'x', (p) => taken.has(p))).toBe('A/x 3.md');
    expect(uniquePath('', 'y', () => false)).toBe('y.md');
  });

  test('folder patterns are filled and cannot escape the vault', () => {
    expect(expandFolder('Conferences/{series}/{edition}', { series: 'if(kakao)', edition: '2019' })).toBe('Conferences/if(kakao)/2019');
    expect(expandFolder('Conferences/{series}/{edition}', { series: '../../etc', edition: undefined })).toBe('Conferences/etc');
    expect(expandFolder('/{series}/', { series: 'a:b' })).toBe('a b');
  });
});

test('moment tokens in date-fns terms', () => {
  expect(momentToDateFns('YYYY-MM-DD')).toBe('yyyy-MM-dd');
  expect(momentToDateFns('dddd, D MMMM YYYY [week] HH:mm')).toBe("EEEE, d MMMM yyyy 'week' HH:mm");
  expect(formatMoment(new Date(2019, 7, 30, 13, 5), 'YYYY.MM.DD ddd HH:mm [at] A')).toBe('2019.08.30 Fri 13:05 at PM');
});

describe('templates', () => {
  const values = { title: 'TensorRT: 1/2', event: 'if(kakao) 2019', speakers: ['전상현', 'Lucas'], topics: ['TensorRT', 'Quantization'], time: '13:00', date: '2019-08-30', now: new Date(2026, 10, 21) };

  test('placeholders, dates, and Templater left alone (whole output)', () => {
    const body = '# {{title}}\n{{event}} {{speakers}} / {{topics}} / {{date}} {{time}} / {{date:YYYY년 M월 D일}} / {{unknown}} / <% tp.date.now() %>\n- {{cursor:2}}\n- {{cursor}}\n';
    const text = '# TensorRT: 1/2\n[[if(kakao) 2019]] [[전상현]], [[Lucas]] / TensorRT, Quantization / 2019-08-30 13:00 / 2019년 8월 30일 / {{unknown}} / <% tp.date.now() %>\n- {{cursor:2}}\n- \n';
    // The caret lands where {{cursor}} was: after the last "- ".
    expect(renderTemplate(body, values)).toEqual({ text, cursor: text.length - 1 });
  });

  test('the next stop is the lowest number left', () => {
    expect(takeFirstStop('a {{cursor:3}} b {{cursor:2}} c')).toEqual({ text: 'a {{cursor:3}} b  c', cursor: 17 });
    expect(takeFirstStop('no stops')).toEqual({ text: 'no stops', cursor: null });
  });
});
