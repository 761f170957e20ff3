import { withoutPrivateParts } from '../../../src/core/export/private-parts';

// Every input hides the word SECRET; what is left must read as the expected text.
test.each([
  ['a callout', 'a\n> [!private]\n> SECRET\n\nb', 'a\n\nb'],
  ['any case, folded', 'a\n> [!PRIVATE]- x\n> SECRET\n\n> [!Private]+\n> SECRET\n\nb', 'a\n\n\nb'],
  ['a title on the head line', 'a\n> [!private] SECRET\n\nb', 'a\n\nb'],
  ['metadata after a bar', '> [!private|wide] SECRET\n\nb', '\nb'],
  ['indented up to three spaces', 'a\n\n   > [!private]\n   > SECRET\n\nb', 'a\n\n\nb'],
  ['four spaces are code and stay', 'a\n\n    > [!private]\n    > SECRET\n\nb', 'a\n\n    > [!private]\n    > SECRET\n\nb'],
  ['in a list item', '- a\n- > [!private]\n  > SECRET\n- b', '- a\n- b'],
  ['under a list item', '- a\n  > [!private]\n  > SECRET\n- b', '- a\n- b'],
  ['in an ordered list', '1. a\n2. > [!private]\n   > SECRET\n3. b', '1. a\n3. b'],
  ['nested in another callout', '> [!note]\n> kept\n>\n> > [!private]\n> > SECRET\n\nb', '> [!note]\n> kept\n>\n\nb'],
  ['deeply nested', '> > > [!private]\n> > > SECRET\n\nb', '\nb'],
  ['lazy continuation lines', 'a\n\n> [!private]\nSECRET\nSECRET too\n\nb', 'a\n\n\nb'],
  ['lazy lines in a list item', '- > [!private]\n  > x\n  SECRET\n- b', '- b'],
  ['interrupting a paragraph', 'a\n> [!private]\n> SECRET', 'a'],
  ['in a footnote', 'a[^1]\n\n[^1]: > [!private] SECRET\n\nb', 'a[^1]\n\n\nb'],
  // Read as CommonMark without raw HTML, the closing tag is a lazy line of the quote: it goes too.
  ['inside an HTML block', '<div>\n> [!private]\n> SECRET\n</div>', '<div>'],
  ['CRLF line ends', 'a\r\n> [!private]\r\n> SECRET\r\n\r\nb', 'a\n\nb'],
  ['a stray backtick before it', 'the ` key\n\n> [!private]\n> SECRET `x`\n\nb `c`', 'the ` key\n\n\nb `c`'],
  ['a comment', 'a %%SECRET%% b', 'a  b'],
  ['a comment over lines', 'a\n%%\nSECRET\n%%\nb', 'a\n\nb'],
  ['an unterminated comment hides the rest', 'a\n%% SECRET\n\nSECRET', 'a\n'],
  ['a comment after a stray backtick', 'the ` key\n\n%% SECRET %%\n\nb `c`', 'the ` key\n\n\n\nb `c`'],
  ['a comment after a backtick with a heading between', 'the ` key\n# h %% SECRET %% `c`', 'the ` key\n# h  `c`'],
  // Fails closed: the closing %% is a lazy line of the callout, so the comment runs to the end.
  ['a comment holding a callout', '%%\n> [!private]\n> SECRET\n%%\nb', ''],
  ['a callout holding a comment start', '> [!private]\n> %% SECRET\n\nb', '\nb'],
])('%s', (_, input, expected) => {
  const out = withoutPrivateParts(input);
  expect(out).toBe(expected);
  if (!expected.includes('SECRET')) expect(out).not.toContain('SECRET');
});

test.each([
  ['fenced code keeps comments and callouts', '```\n%% kept %%\n> [!private]\n> kept\n```'],
  ['inline code keeps comments', 'a `%% kept %%` b'],
  ['a callout of another type', '> [!note]\n> kept'],
  ['a quote that only mentions it', '> see [!private] below'],
])('%s', (_, input) => {
  expect(withoutPrivateParts(input)).toBe(input);
});

test('past the parser nesting limit, everything from the private mark goes', () => {
  const deep = `a\n\n${'>'.repeat(150)} [!private]\n${'>'.repeat(150)} SECRET\n\nb`;
  expect(withoutPrivateParts(deep)).toBe('a\n');
});
