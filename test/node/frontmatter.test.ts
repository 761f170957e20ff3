/**
 * Front matter as real blog posts and notes write it. Each expected value is
 * what js-yaml 4 (Obsidian), Psych 4 (Jekyll) and PyYAML 6 read for the same
 * text (run once with all three when the table was written); where they
 * disagree the comment says which we follow.
 */
import { isPrivateNote } from '../../src/core/note/privacy';
import { extractMeta } from '../../src/node/extract';
import { parseFrontmatter } from '../../src/node/frontmatter';
import { indentContinuations, parseYamlLeniently } from '../../src/node/lenient-yaml';
import { parseSimpleYaml } from '../../src/node/simple-yaml';

const S = { type: 'session' };

const READ: [string, string, Record<string, unknown>][] = [
  ['double-quoted title over two lines, indented', 'title: "a long title\n  continued here"\ntype: session', { title: 'a long title continued here', ...S }],
  ['double-quoted title over two lines, flush left', 'title: "a long title\ncontinued here"\ntype: session', { title: 'a long title continued here', ...S }],
  ['single-quoted, flush left, with an escaped quote', "title: 'a long\ncontinued it''s'\ntype: session", { title: "a long continued it's", ...S }],
  ['flush continuation that looks like a key', 'title: "first line\ntype: inner"\ntype: session', { title: 'first line type: inner', ...S }],
  ['flush continuation with a #', 'title: "quoted # not comment\ncontinued"', { title: 'quoted # not comment continued' }],
  ['a blank line in a quoted scalar is a newline', 'title: "a\n\nb"\ntype: session', { title: 'a\nb', ...S }],
  ['flow list over lines, flush left', 'tags: [a,\nb, c]\ntype: session', { tags: ['a', 'b', 'c'], ...S }],
  ['flow map and list over lines', 'm: {x: "a\nb", y: [1,\n2]}\nz: 1', { m: { x: 'a b', y: [1, 2] }, z: 1 }],
  ['quoted list item, flush left', 'topics:\n- "a\nb"\ntype: session', { topics: ['a b'], ...S }],
  ['nested quoted value, flush left', 'header:\n  caption: "a\nb"\ntype: session', { header: { caption: 'a b' }, ...S }],
  ['plain title over two lines', 'title: a long title\n  continued here\ntype: session', { title: 'a long title continued here', ...S }],
  ['folded, stripped', 'summary: >-\n  folded\n  text\ntype: session', { summary: 'folded text', ...S }],
  ['literal', 'summary: |\n  line one\n  line two\ntype: session', { summary: 'line one\nline two\n', ...S }],
  ['literal, kept', 'summary: |+\n  text\n\ntype: session', { summary: 'text\n\n', ...S }],
  ['folded with an indentation indicator', 'summary: >2\n   indented\n  text\ntype: session', { summary: ' indented\ntext\n', ...S }],
  // PyYAML refuses a tab here; js-yaml and Psych read it.
  ['a tab after the colon', 'title:\tvalue\ntype: session', { title: 'value', ...S }],
  ['a tab before a comment', 'title: value\t# comment\ntype: session', { title: 'value', ...S }],
  ['comments', '# a comment\ntitle: x # trailing\ntype: session', { title: 'x', ...S }],
  ['the document end marker', 'title: x\ntype: session\n...', { title: 'x', ...S }],
  // js-yaml (so Obsidian) refuses the block; Psych and PyYAML keep the last value, and so do we, with a warning.
  ['a property written twice', 'title: first\ntype: session\ntitle: second', { title: 'second', ...S }],
  ['a nested property written twice', 'header:\n  a: 1\n  a: 2\ntype: session', { header: { a: 2 }, ...S }],
  ['a key with spaces', 'my key: value\ntype: session', { 'my key': 'value', ...S }],
  ['a space before the colon', 'title  : x\ntype: session', { title: 'x', ...S }],
  // Psych makes a Time of it; Obsidian keeps the text, as we do.
  ["Jekyll's date and time", 'date: 2019-08-30 10:00:00 +0900\ntype: session', { date: '2019-08-30 10:00:00 +0900', ...S }],
  ['a date with T', 'date: 2021-08-08T23:05\ntype: session', { date: '2021-08-08T23:05', ...S }],
  ["Jekyll's categories and space-separated tags", 'categories: [a, b]\ntags: a b\ntype: session', { categories: ['a', 'b'], tags: 'a b', ...S }],
  ['a block list flush with its key', 'topics:\n- a\n- b\ntype: session', { topics: ['a', 'b'], ...S }],
  ['a block list in a list item is text', 'topics:\n  - a\n    - b\ntype: session', { topics: ['a - b'], ...S }],
  ['a nested map', 'header:\n  teaser: /a.jpg\n  overlay_filter: 0.3\ntype: session', { header: { teaser: '/a.jpg', overlay_filter: 0.3 }, ...S }],
  ['a flow map', 'header: {teaser: /a.jpg, caption: x}\ntype: session', { header: { teaser: '/a.jpg', caption: 'x' }, ...S }],
  ['anchors and aliases', 'a: &x hello\nb: *x\ntype: session', { a: 'hello', b: 'hello', ...S }],
  ['C# and a colon in a URL', 'title: C# talk\nurl: https://x.io/a?b=c:d\ntype: session', { title: 'C# talk', url: 'https://x.io/a?b=c:d', ...S }],
  // YAML 1.2, as Obsidian: `yes` is text (Psych and PyYAML say true; readBoolean accepts it either way).
  ['yes stays text', 'published: yes\ntype: session', { published: 'yes', ...S }],
  ['an empty value', 'title:\ntype: session', { title: null, ...S }],
  ['CRLF', 'title: x\r\ntype: session\r\n', { title: 'x', ...S }],
  // Psych reads an unknown tag as its text; js-yaml and PyYAML refuse. We read it and warn.
  ['an unknown tag', 'a: !foo x\ntype: session', { a: 'x', ...S }],
];

describe('front matter that js-yaml, Psych and PyYAML read is read', () => {
  test.each(READ)('%s', (_, yaml, expected) => {
    const result = parseFrontmatter(yaml);
    expect(result).toEqual({ value: expected, warnings: expect.any(Array) as unknown, repeated: expect.any(Array) as unknown });
  });
});

const REFUSED: [string, string, RegExp][] = [
  ['a colon and space in a plain value', 'title: Kotlin: the good parts\ntype: session', /^Nested mappings are not allowed in compact mappings at line 1, column 8$/],
  ['a colon and space in Korean', 'title: 발표: 추천 시스템\ntype: session', /^Nested mappings/],
  ['text after a flow list', 'title: [Part 1] Something\ntype: session', /^Unexpected scalar at node end/],
  ['text after a quoted value', 'title: "Hello" world\ntype: session', /^Unexpected scalar at node end/],
  ['a value starting with @', 'title: @kakao talk\ntype: session', /reserved character @/],
  ['a value starting with a backtick', 'title: `code` talk\ntype: session', /reserved character `/],
  ['a value starting with %', 'title: %d format\ntype: session', /directive indicator/],
  ['a value starting with "- "', 'title: - starts with dash\ntype: session', /^Unexpected block-seq-ind/],
  ['a value starting with "? "', 'title: ? what\ntype: session', /^Nested mappings/],
  ['tabs as indentation', 'topics:\n\t- a\n\t- b\ntype: session', /^Tabs are not allowed as indentation/],
  ['an unknown escape', 'title: "C:\\path"\ntype: session', /^Invalid escape sequence \\p/],
  ['no space after the colon', 'title:value\ntype: session', /^Implicit keys need to be on a single line/],
  ['a plain value continued flush left', 'title: a long\ncontinued\ntype: session', /^Implicit keys need to be on a single line/],
  ['document end inside a quoted value', 'title: "a\n...\nb"\ntype: session', /document end marker/],
  ['content after the document end', 'title: x\n...\ntype: y', /^text after the document end marker "..." \(one block holds one document\)$/],
  ['a list, not properties', '- a\n- b', /^it is not a list of properties$/],
  ['an alias before its anchor', 'a: *nowhere\ntype: session', /^Unresolved alias/],
  ['an alias bomb', ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n'), /^Excessive alias count/],
];

describe('front matter that all three refuse stays an error, in one line', () => {
  test.each(REFUSED)('%s', (_, yaml, message) => {
    const result = parseFrontmatter(yaml);
    expect(result).toEqual({ error: expect.stringMatching(message) as unknown });
    if ('error' in result) expect(result.error).not.toContain('\n');
  });
});

test('warnings say what to fix, and the parser never prints them', () => {
  const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
  const log = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    expect(parseFrontmatter('title: first\ntype: session\ntitle: second\na: !foo x')).toEqual({
      value: { title: 'second', type: 'session', a: 'x' },
      repeated: ['title'],
      warnings: [
        'property "title" is written twice: the last value is used (Obsidian ignores front matter with repeated properties)',
        'Unresolved tag: !foo at line 4, column 4',
      ],
    });
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  } finally {
    warn.mockRestore();
    log.mockRestore();
  }
});

test('only top-level repeats are listed for privacy; nested ones are warned about', () => {
  expect(parseFrontmatter('private: true\nheader:\n  a: 1\n  a: 2\nprivate: false')).toMatchObject({ value: { private: false, header: { a: 2 } }, repeated: ['private'] });
});

test('re-indenting changes only the lines inside an open quoted value or flow list', () => {
  expect(indentContinuations('a: "x\ny"\nb: [1,\n2]\nc: it\'s\nd: plain\n  more')).toBe('a: "x\n y"\nb: [1,\n 2]\nc: it\'s\nd: plain\n  more');
  expect(indentContinuations('  k: "x\ny"')).toBe('  k: "x\n   y"');
});

test('whenever the fast path answers, the lenient reader answers the same', () => {
  for (const [, yaml] of READ) {
    const fast = parseSimpleYaml(yaml);
    if (fast !== undefined) expect(parseYamlLeniently(yaml)).toEqual({ value: fast, warnings: [], repeated: [] });
  }
});

describe('a privacy property written twice fails closed (Obsidian reads no properties there)', () => {
  test.each<[string, string, boolean]>([
    ['type: session\nprivate: true\nprivate: false', 'private', true],
    ['type: session\nprivate: false\nprivate: false', 'private', true],
    ['type: session\nsecret: true\nsecret: false', 'secret', true],
    ['type: session\nSecret: yes\nsecret: no', 'secret', true],
    ['type: session\ntitle: a\ntitle: b\nprivate: false', 'private', false],
  ])('%j (property %s): private %s', (yaml, property, expected) => {
    const meta = extractMeta(`---\n${yaml}\n---\n# Talk\n`);
    expect(meta.frontmatter).toBeDefined();
    expect(isPrivateNote(meta, property)).toBe(expected);
  });
});
