import { abstractCallout, currentCallout, insertCallout, replaceCallout } from '../../../src/core/schedule/abstract-callout';

test.each([
  ['one line', 'Short.', undefined, '> [!abstract]- Abstract\n> Short.'],
  ['paragraphs, CRLF, trailing blanks', 'One.  \r\n\r\nTwo.', undefined, '> [!abstract]- Abstract\n> One.\n>\n> Two.'],
  ['a heading and a fence stay inside the callout', '# Not a heading\n```\ncode', undefined, '> [!abstract]- Abstract\n> # Not a heading\n> ```\n> code'],
  ['the subtitle first, in italics', 'Body.', 'Sub', '> [!abstract]- Abstract\n> *Sub*\n>\n> Body.'],
  ['nothing to say', '  ', undefined, undefined],
])('callout: %s', (_name, abstract, subtitle, expected) => {
  expect(abstractCallout(abstract, subtitle)).toBe(expected);
});

const CALLOUT = '> [!abstract]- Abstract\n> Old.';

test.each([
  ['after the title and its quoted line', '# T\n> who · when\n\n## 메모\n', '# T\n> who · when\n\n> [!abstract]- Abstract\n> Old.\n\n## 메모\n'],
  ['first when the body has no title', '## Notes\n', '\n> [!abstract]- Abstract\n> Old.\n\n## Notes\n'],
])('insert: %s', (_name, body, expected) => {
  expect(insertCallout(body, CALLOUT)).toBe(expected);
  expect(currentCallout(expected)).toBe(CALLOUT);
});

test('replace: only the callout lines change; a note without one is unchanged', () => {
  const text = '---\na: 1\n---\n# T\n\n> [!abstract]- Abstract\n> Old.\n> More old.\n\nMy text\n> my own quote\n';
  expect(replaceCallout(text, '> [!abstract]- Abstract\n> New.')).toBe('---\na: 1\n---\n# T\n\n> [!abstract]- Abstract\n> New.\n\nMy text\n> my own quote\n');
  expect(replaceCallout('# T\n\nMy text\n', '> [!abstract]- Abstract\n> New.')).toBe('# T\n\nMy text\n');
  expect(replaceCallout('# T\r\n\r\n> [!abstract]- Abstract\r\n> Old.\r\n\r\nx\r\n', '> [!abstract]- Abstract\n> A\n> B')).toBe('# T\r\n\r\n> [!abstract]- Abstract\r\n> A\r\n> B\r\n\r\nx\r\n');
});
