import { calendarDate, clockTime, parseRef, readNumber, readRefs, readText } from '../../../src/core/note/values';

test('wikilinks give target and shown text', () => {
  expect(parseRef('[[전상현]]')).toEqual({ text: '전상현', target: '전상현' });
  expect(parseRef('[[People/전상현|상현님]]')).toEqual({ text: '상현님', target: 'People/전상현' });
  expect(parseRef('[[if(kakao) 2019#Day 2]]')).toEqual({ text: 'if(kakao) 2019', target: 'if(kakao) 2019' });
  expect(parseRef('[[note.md]]')).toEqual({ text: 'note', target: 'note' });
  expect(parseRef('  ')).toBeNull();
  expect(parseRef('[[]]')).toBeNull();
});

test('strings, numbers, lists and YAML-nested links are all read', () => {
  expect(readRefs(['[[전상현]]', '김광섭님', 42, null, { x: 1 }])).toEqual([
    { text: '전상현', target: '전상현' },
    { text: '김광섭님' },
    { text: '42' },
  ]);
  // `speakers: [[전상현]]` unquoted is a list in a list in YAML.
  expect(readRefs([['전상현']])).toEqual([{ text: '전상현', target: '전상현' }]);
  expect(readRefs('FDS, anomaly detection', true).map((r) => r.text)).toEqual(['FDS', 'anomaly detection']);
  expect(readRefs('FDS, anomaly detection').map((r) => r.text)).toEqual(['FDS, anomaly detection']);
  expect(readRefs(undefined)).toEqual([]);
});

test('single values', () => {
  expect(readText(2019)).toBe('2019');
  expect(readText('  ')).toBeUndefined();
  expect(readText(['a'])).toBeUndefined();
  expect(readNumber('3')).toBe(3);
  expect(readNumber('three')).toBeUndefined();
});

describe('calendar dates', () => {
  test.each([
    ['2019-08-30', '2019-08-30'],
    ['2020-02-29', '2020-02-29'],
    ['2019-02-29', undefined],
    ['2019-02-30', undefined],
    ['2019-04-31', undefined],
    ['2019-13-01', undefined],
    ['2019-00-10', undefined],
    ['2019-08-00', undefined],
    ['2019-8-30', undefined],
    ['30.08.2019', undefined],
    ['yesterday', undefined],
    // Jekyll writes the post's date and time; the day is kept.
    ['2019-08-30 10:00:00 +0900', '2019-08-30'],
    ['2019-08-30 10:00:00 +09:00', '2019-08-30'],
    ['2019-08-30T23:05', '2019-08-30'],
    ['2019-08-30T23:05:00Z', '2019-08-30'],
    ['2019-08-30T23:05:00.123+0900', '2019-08-30'],
    ['2019-08-30 25:00', undefined],
    ['2019-08-30 10:00 tomorrow', undefined],
  ])('%s → %s', (text, expected) => {
    expect(calendarDate(text)).toBe(expected);
  });
});

describe('clock times', () => {
  test.each([
    ['13:00', '13:00'],
    ['9:05', '09:05'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
    ['13:00:15', '13:00'],
    ['24:00', undefined],
    ['24:01', undefined],
    ['99:99', undefined],
    ['12:60', undefined],
    ['12:30:60', undefined],
    ['1300', undefined],
    ['1:5', undefined],
    ['noon', undefined],
  ])('%s → %s', (text, expected) => {
    expect(clockTime(text)).toBe(expected);
  });
});
