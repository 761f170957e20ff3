import { extractMeta } from '../../src/node/extract';

const tags = (text: string): string[] => (extractMeta(text).tags ?? []).map((t) => t.tag);

describe('tags follow Obsidian', () => {
  test.each([
    ['Hangul, digits, _ - /', '#추천시스템 #topic/fds #k8s_v2 #a-b', ['#추천시스템', '#topic/fds', '#k8s_v2', '#a-b']],
    ['particles stay attached (the index strips them)', '발표 #TensorRT를 정리', ['#TensorRT를']],
    ['punctuation ends a tag', '(#ocr), #gan. #rag!', ['#ocr', '#gan', '#rag']],
    ['only digits is not a tag', '#2019 #1/2 #2019년', ['#2019년']],
    ['a heading is not a tag', '# 제목\n## 메모', []],
    ['a # inside a word or URL is not a tag', 'C#and https://x.io/#frag a#b', []],
    ['NFD Hangul is read', '#추천'.normalize('NFD'), ['#추천'.normalize('NFD')]],
    ['a link to a heading is a link, not a tag', 'see [the notes](#메모) and ![x](#^block) #real', ['#real']],
    ['a link to a heading of another note', '[q](Other.md#질문) [r](<Other note.md#a b>)', []],
    ['a tag in parentheses is still a tag', '(#ocr) ( #gan )', ['#ocr', '#gan']],
  ])('%s', (_, text, expected) => {
    expect(tags(text)).toEqual(expected);
  });

  test('nothing inside code, math or comments', () => {
    const text = [
      '```python',
      '#not-a-tag',
      '```',
      '~~~~',
      '#nor-this',
      '```',
      '~~~~',
      'inline `#code` and ``#double ` tick`` here #real',
      '$$',
      '#math',
      '$$',
      '%% #hidden',
      'still #hidden %% #shown',
    ].join('\n');
    expect(tags(text)).toEqual(['#real', '#shown']);
  });
});

test('headings, links and embeds with positions (whole output)', () => {
  const text = ['---', 'type: session', 'speakers: ["[[전상현]]"]', '---', '# 금융사기: 1/2 #', 'See [[Other note|그 발표]] and ![[diagram.png|300]].', '[md](Notes/A%20B.md) [web](https://x.io)'].join('\n');
  const meta = extractMeta(text);
  const pos = (line: number, col: number, offset: number, endCol: number, endOffset: number) => ({ start: { line, col, offset }, end: { line, col: endCol, offset: endOffset } });
  expect(meta).toEqual({
    frontmatter: { type: 'session', speakers: ['[[전상현]]'] },
    frontmatterPosition: { start: { line: 0, col: 0, offset: 0 }, end: { line: 3, col: 3, offset: 43 } },
    headings: [{ heading: '금융사기: 1/2', level: 1, position: pos(4, 0, 44, 13, 57) }],
    links: [
      { link: 'Other note', original: '[[Other note|그 발표]]', displayText: '그 발표', position: pos(5, 4, 62, 23, 81) },
      { link: 'Notes/A B.md', original: '[md](Notes/A%20B.md)', displayText: 'md', position: pos(6, 0, 108, 20, 128) },
    ],
    embeds: [{ link: 'diagram.png', original: '![[diagram.png|300]]', displayText: '300', position: pos(5, 28, 86, 48, 106) }],
  });
  // Offsets index the note text itself, as Obsidian's do.
  for (const ref of [...meta.links!, ...meta.embeds!]) expect(text.slice(ref.position.start.offset, ref.position.end.offset)).toBe(ref.original);
});

describe('front matter', () => {
  test('YAML 1.2: dates and times stay strings, numbers are numbers', () => {
    expect(extractMeta('---\ndate: 2019-08-30\ntime: 13:00\nday: 2\nprivate: false\n---\n').frontmatter).toEqual({ date: '2019-08-30', time: '13:00', day: 2, private: false });
  });
  test('an unclosed block is body text', () => {
    expect(extractMeta('---\ntype: session\n# Title').frontmatter).toBeUndefined();
  });
  test('must start on the first line', () => {
    expect(extractMeta('\n---\ntype: session\n---\n').frontmatter).toBeUndefined();
  });
  test('empty block is no properties', () => {
    expect(extractMeta('---\n---\nbody').frontmatter).toEqual({});
  });
  test('broken YAML is reported, not thrown', () => {
    const meta = extractMeta('---\ntitle: "unclosed\n---\n# Still read');
    expect(meta.frontmatterError).toMatch(/./);
    expect(meta.headings?.[0].heading).toBe('Still read');
  });
  test('CRLF line endings', () => {
    const meta = extractMeta('---\r\ntype: session\r\n---\r\n# 제목\r\n#태그\r\n');
    expect(meta.frontmatter).toEqual({ type: 'session' });
    expect(meta.headings?.[0].heading).toBe('제목');
    expect(meta.tags?.[0].tag).toBe('#태그');
  });
  test('a huge note is read in one pass', () => {
    const big = `---\ntype: session\n---\n${'- 메모 #tag 줄\n'.repeat(200_000)}`;
    expect(extractMeta(big).tags).toHaveLength(200_000);
  });
});

describe('a byte order mark', () => {
  test.each([
    ['with front matter', '\ufeff---\ntype: session\n---\n# 제목 #tag\n'],
    ['with CRLF', '\ufeff---\r\ntype: session\r\n---\r\n# 제목 #tag\r\n'],
  ])('%s: the note reads as without it, offsets as Obsidian gives them', (_, text) => {
    const meta = extractMeta(text);
    expect(meta).toEqual(extractMeta(text.slice(1)));
    expect(meta.frontmatter).toEqual({ type: 'session' });
    expect(meta.tags?.map((t) => t.tag)).toEqual(['#tag']);
  });
});

test('YAML warnings travel with the note', () => {
  expect(extractMeta('---\ntype: session\ntype: event\n---\n')).toMatchObject({
    frontmatter: { type: 'event' },
    frontmatterWarnings: ['property "type" is written twice: the last value is used (Obsidian ignores front matter with repeated properties)'],
  });
});
