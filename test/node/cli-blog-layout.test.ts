/** `export --front-matter/--post-path/--assets-path`, and the plugin's saved layout (data.json) when they are absent. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_VAULT } from '../helpers';
import { run, STACK_LINE } from './run-cli';

const FDS = ['--session', 'Conferences/if(kakao)/2019/금융사기 잡는 카카오뱅크의 데이터 사이언스.md'];
const SLUG = '금융사기-잡는-카카오뱅크의-데이터-사이언스';

/** The sample vault with the plugin's settings saved in it, and the talk carrying `cover: ../../escape`. */
function vault(data: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'cn-layout-vault-'));
  cpSync(SAMPLE_VAULT, root, { recursive: true });
  const dir = join(root, '.obsidian', 'plugins', 'conference-notes');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'data.json'), JSON.stringify(data));
  const talk = join(root, FDS[1]);
  writeFileSync(talk, readFileSync(talk, 'utf8').replace(/^---\n/, '---\ncover: ../../escape\n'));
  return root;
}

const template = (text: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'cn-fm-')), 'front-matter.yaml');
  writeFileSync(file, text);
  return file;
};

test('the saved layout applies without flags; flags win over it', () => {
  const root = vault({ exportLayouts: { hugo: { frontMatter: 'title: {{title}}\ndraft: true\nseries: {{series}}', postPath: 'content/posts/{{slug}}/index.md', assetsPath: 'content/posts/{{slug}}/images' } } });
  const out = mkdtempSync(join(tmpdir(), 'cn-layout-out-'));
  const saved = run('export', root, ...FDS, '--profile', 'hugo', '--out', out);
  expect([saved.code, saved.err]).toEqual([0, '']);
  expect(saved.out.trim().split('\n')).toEqual([`content/posts/${SLUG}/index.md`, `content/posts/${SLUG}/images/fds-파이프라인.png`]);
  const post = readFileSync(join(out, `content/posts/${SLUG}/index.md`), 'utf8');
  expect(post.split('---\n')[1]).toBe('title: "금융사기 잡는 카카오뱅크의 데이터 사이언스"\ndraft: true\nseries:\n  - "if(kakao)"\n');
  expect(post).toContain(`<img src="images/${encodeURI('fds-파이프라인.png')}"`);

  const flags = run('export', root, ...FDS, '--profile', 'hugo', '--front-matter', template('title: "{{event}} — {{title}}"\nlang: {{lang}}'), '--post-path', 'posts/{{slug}}.md', '--assets-path', 'static/img/{{slug}}');
  expect([flags.code, flags.err]).toEqual([0, '']);
  expect(flags.out.split('---\n')[1]).toBe('title: "if(kakao) 2019 — 금융사기 잡는 카카오뱅크의 데이터 사이언스"\nlang: "ko"\n');
  expect(flags.out).toContain(`<img src="/img/${encodeURI(SLUG)}/`);
});

test.each([
  ['an unknown placeholder', ['--front-matter', 'T:title: {{titel}}'], /^conference-notes: unknown placeholder \{\{titel\}\} \(known: /],
  ['a template that is not YAML', ['--front-matter', 'T:title: "open'], /^conference-notes: front matter template is not valid YAML \(line 1, column \d+\): /],
  ['a template file that is not there', ['--front-matter', '/nowhere/fm.yaml'], /^conference-notes: cannot read the front matter template \/nowhere\/fm\.yaml: /],
  ['a post path going up', ['--post-path', '../x.md'], /^conference-notes: post path "\.\.\/x\.md" goes up a folder \(\.\.\); it must stay inside the export folder\n$/],
  ['an absolute post path', ['--post-path', '/abs/{{slug}}.md'], /^conference-notes: post path "\/abs\/.*\.md" is absolute; it must stay inside the export folder\n$/],
  ['a drive letter', ['--post-path', 'C:\\x\\{{slug}}.md'], /^conference-notes: post path "C:\\x\\.*\.md" names a drive; it must stay inside the export folder\n$/],
  ["a note's value going up", ['--assets-path', '{{note.cover}}/img'], /^conference-notes: attachments path "\.\.\/\.\.\/escape\/img" goes up a folder \(\.\.\); it must stay inside the export folder\n$/],
  ['a saved template that is not YAML', [], /^conference-notes: front matter template is not valid YAML/],
])('refused with exit 1 and one line, nothing written: %s', (_, flags, message) => {
  const root = vault(flags.length === 0 ? { exportLayouts: { jekyll: { frontMatter: 'a: [' } } } : {});
  const out = mkdtempSync(join(tmpdir(), 'cn-layout-out-'));
  const args = flags.map((f) => (f.startsWith('T:') ? template(f.slice(2)) : f));
  const r = run('export', root, ...FDS, '--profile', 'jekyll', '--out', out, ...args);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(message);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).not.toMatch(STACK_LINE);
  expect(readdirSync(out)).toEqual([]);
  expect(existsSync(join(out, '..', 'x.md'))).toBe(false);
});
