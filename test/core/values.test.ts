import { parseRef, readNumber, readRefs, readText } from '../../src/core/values';

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
