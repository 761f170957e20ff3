import { completionAt, completionText } from '../../../src/core/capture/edit-context';

const o = { topicsKey: 'topics', speakersKey: 'speakers', speakerTrigger: '@' };
const at = (text: string) => {
  const lines = text.split('\n');
  return completionAt(lines, lines[lines.length - 1].length, o);
};

test.each([
  ['오늘 #추처', { kind: 'topic', start: 3, query: '추처', inFrontMatter: false }],
  ['#', { kind: 'topic', start: 0, query: '', inFrontMatter: false }],
  ['발표자 @상현', { kind: 'speaker', start: 4, query: '상현', inFrontMatter: false }],
  ['email a@b', null],
  ['C#', null],
  ['---\ntype: session\ntopics:\n  - FDS\n  - 추천', { kind: 'topic', start: 4, query: '추천', inFrontMatter: true }],
  ['---\ntopics: [FDS, ㅇㅅ', { kind: 'topic', start: 14, query: 'ㅇㅅ', inFrontMatter: true }],
  ['---\nspeakers:\n  - "[[상현', { kind: 'speaker', start: 4, query: '상현', inFrontMatter: true }],
  ['---\norg: 카카', null],
  ['---\ntopics: [a]\n---\n본문 #강화', { kind: 'topic', start: 3, query: '강화', inFrontMatter: false }],
])('%j', (text, expected) => {
  expect(at(text)).toEqual(expected);
});

test('what gets inserted', () => {
  const tag = { kind: 'topic' as const, start: 0, query: '', inFrontMatter: false };
  expect(completionText(tag, { label: 'Recommender systems', tag: 'recommender-systems' }, 'topic')).toBe('#topic/recommender-systems ');
  expect(completionText({ ...tag, kind: 'speaker' }, { label: '전상현', tag: '' }, 'topic')).toBe('[[전상현]] ');
  expect(completionText({ ...tag, inFrontMatter: true }, { label: 'A: "b"', tag: '' }, 'topic')).toBe('"A: \\"b\\""');
  expect(completionText({ ...tag, kind: 'speaker', inFrontMatter: true }, { label: '전상현', tag: '' }, 'topic')).toBe('"[[전상현]]"');
});
