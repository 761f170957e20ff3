import { splitFrontMatter } from '../../../src/core/note/front-matter-block';

test.each([
  ['plain block', '---\na: 1\n---\nbody', 'a: 1', 'body'],
  ['CRLF', '---\r\na: 1\r\nb: 2\r\n---\r\nbody\r\n', 'a: 1\r\nb: 2', 'body\r\n'],
  ['CR only', '---\ra: 1\r---\rbody', 'a: 1', 'body'],
  ['byte-order mark', '\uFEFF---\na: 1\n---\nbody', 'a: 1', 'body'],
  ['byte-order mark and CRLF', '\uFEFF---\r\na: 1\r\n---\r\nbody', 'a: 1', 'body'],
  ['trailing blanks after both fences', '--- \t\na: 1\n---  \nbody', 'a: 1', 'body'],
  ['empty block', '---\n---\nbody', '', 'body'],
  ['block at the end of the note', '---\na: 1\n---', 'a: 1', ''],
  ['a longer rule inside is YAML, not the end', '---\na: |\n  ----\n---\nbody', 'a: |\n  ----', 'body'],
  ['the first closing fence ends it', '---\na: 1\n---\n---\nb\n---\n', 'a: 1', '---\nb\n---\n'],
])('%s', (_, text, yaml, body) => {
  expect(splitFrontMatter(text)).toEqual({ yaml, body });
});

test.each([
  ['no block', '# title\n---\n', '# title\n---\n'],
  ['not on the first line', '\n---\na: 1\n---\n', '\n---\na: 1\n---\n'],
  ['never closed', '---\na: 1\nbody', '---\na: 1\nbody'],
  ['a fence with text after it', '--- a\nb: 1\n---\n', '--- a\nb: 1\n---\n'],
  ['a byte-order mark alone goes', '\uFEFFbody', 'body'],
])('%s: no front matter', (_, text, body) => {
  expect(splitFrontMatter(text)).toEqual({ yaml: null, body });
});
