import { attachmentLink, fillPath, PathPatternError, postPath } from '../../../src/core/export/path-pattern';

const VALUES: Record<string, string> = { slug: '금융사기-fds', date: '2019-08-30', 'note.up': '../../etc', 'note.abs': '/etc', 'note.drive': 'C:\\Windows', 'note.dir': 'talks/2019' };
const text = (name: string): string | null => VALUES[name] ?? null;

test.each([
  ['_posts/{{date}}-{{slug}}.md', '_posts/2019-08-30-금융사기-fds.md'],
  ['content/posts/{{slug}}/index.md', 'content/posts/금융사기-fds/index.md'],
  ['./_posts//{{slug}}.md', '_posts/금융사기-fds.md'],
  ['posts\\{{slug}}.md', 'posts/금융사기-fds.md'],
  ['{{note.dir}}/{{slug}}.md', 'talks/2019/금융사기-fds.md'],
  ['{{ slug }}.MD', '금융사기-fds.MD'],
])('%s → %s', (pattern, path) => {
  expect(postPath(pattern, text)).toBe(path);
});

test.each([
  ['../x.md', 'post path "../x.md" goes up a folder (..); it must stay inside the export folder'],
  ['a/../../x.md', 'post path "a/../../x.md" goes up a folder (..); it must stay inside the export folder'],
  ['/abs/x.md', 'post path "/abs/x.md" is absolute; it must stay inside the export folder'],
  ['~/x.md', 'post path "~/x.md" is absolute; it must stay inside the export folder'],
  ['C:\\x.md', 'post path "C:\\x.md" names a drive; it must stay inside the export folder'],
  ['c:x.md', 'post path "c:x.md" names a drive; it must stay inside the export folder'],
  ['..\\x.md', 'post path "..\\x.md" goes up a folder (..); it must stay inside the export folder'],
  ['{{note.up}}/{{slug}}.md', 'post path "../../etc/금융사기-fds.md" goes up a folder (..); it must stay inside the export folder'],
  ['{{note.abs}}/x.md', 'post path "/etc/x.md" is absolute; it must stay inside the export folder'],
  ['{{note.drive}}/x.md', 'post path "C:\\Windows/x.md" names a drive; it must stay inside the export folder'],
  ['a/.. /x.md', 'post path "a/.. /x.md" goes up a folder (..); it must stay inside the export folder'],
  ['a\u0000.md', 'post path "a\u0000.md" holds a control character; it must stay inside the export folder'],
  ['./', 'post path "./" is empty; it must stay inside the export folder'],
  ['{{titel}}.md', 'post path: unknown placeholder {{titel}}'],
  ['_posts/{{slug}}', 'post path "_posts/금융사기-fds" must end in .md'],
])('refused: %s', (pattern, message) => {
  expect(() => postPath(pattern, text)).toThrow(new PathPatternError(message));
});

test('an attachments folder is checked the same way', () => {
  expect(fillPath('assets/img/{{slug}}/', text, 'attachments')).toBe('assets/img/금융사기-fds');
  expect(() => fillPath('../assets', text, 'attachments')).toThrow('attachments path "../assets" goes up a folder (..); it must stay inside the export folder');
});

test.each([
  ['jekyll', '_posts/2019-08-30-a.md', 'assets/2019-08-30-a/x.png', '/assets/2019-08-30-a/x.png'],
  ['jekyll', '_posts/a.md', 'assets/img/한글/사진 1.png', '/assets/img/%ED%95%9C%EA%B8%80/%EC%82%AC%EC%A7%84%201.png'],
  ['hugo', 'a/index.md', 'a/x.png', 'x.png'],
  ['hugo', 'content/posts/a/index.md', 'content/posts/a/x.png', 'x.png'],
  ['hugo', 'content/posts/a.md', 'static/img/a/x.png', '/img/a/x.png'],
  ['markdown', 'a.md', 'a/x.png', 'a/x.png'],
  ['markdown', 'posts/a.md', 'img/a/x.png', '../img/a/x.png'],
  ['tistory', 'a.md', 'a/x.png', 'a/x.png'],
] as const)('%s: a post at %s links %s as %s', (profile, post, file, link) => {
  expect(attachmentLink(profile, post, file)).toBe(link);
});
