/** Real blog engines (Debian's jekyll and hugo, installed by .ci/run) building exported posts; outside CI a missing one skips its test. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const has = (bin: string): boolean => spawnSync('which', [bin]).status === 0;
export const engine = (bin: string): jest.It => (has(bin) || process.env.CI === 'true' ? test : test.skip);

export interface Built {
  /** The built site's folder. */
  root: string;
  /** Every HTML page built, by its path under `root`. */
  pages: Map<string, string>;
}

/**
 * A bare Jekyll site; `write(folder)` exports into it; then `jekyll build`.
 * `layout` replaces the post layout (to print page variables); posts that name
 * no layout get it too, as themes such as Chirpy set it in `_config.yml`.
 */
export function buildJekyll(write: (site: string) => void, layout = '<html><body><h1>{{ page.title }}</h1>{{ content }}</body></html>\n'): Built {
  const site = mkdtempSync(join(tmpdir(), 'cn-jekyll-'));
  mkdirSync(join(site, '_layouts'));
  writeFileSync(join(site, '_config.yml'), 'title: recap\nmarkdown: kramdown\ndefaults:\n  - scope: { path: "" }\n    values: { layout: post }\n');
  writeFileSync(join(site, '_layouts', 'post.html'), layout);
  write(site);
  execFileSync('jekyll', ['build', '--quiet', '-s', site, '-d', join(site, '_site')], { stdio: 'pipe' });
  return built(join(site, '_site'));
}

/**
 * A bare Hugo site; `write(folder)` exports into its `content/posts` (or, with
 * `root`, into the site's folder, as a blog repository is); then `hugo`.
 * `single` replaces the page layout (to print page variables).
 */
export function buildHugo(write: (posts: string) => void, single = '<html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n', root = false): Built {
  const site = mkdtempSync(join(tmpdir(), 'cn-hugo-'));
  mkdirSync(join(site, 'layouts', '_default'), { recursive: true });
  mkdirSync(join(site, 'content', 'posts'), { recursive: true });
  // Raw HTML (<mark>, image sizes, anchors) needs goldmark's unsafe renderer, as the README says.
  writeFileSync(join(site, 'hugo.toml'), "baseURL = 'https://example.org/'\ntitle = 'recap'\n[markup.goldmark.renderer]\nunsafe = true\n");
  writeFileSync(join(site, 'layouts', '_default', 'single.html'), single);
  writeFileSync(join(site, 'layouts', '_default', 'list.html'), '<html><body>{{ range .Pages }}{{ .Title }}{{ end }}</body></html>\n');
  write(root ? site : join(site, 'content', 'posts'));
  execFileSync('hugo', ['--quiet', '-s', site, '-d', join(site, 'public')], { stdio: 'pipe' });
  return built(join(site, 'public'));
}

function built(root: string): Built {
  const pages = new Map<string, string>();
  for (const e of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.html')) pages.set(relative(root, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8'));
  }
  return { root, pages };
}

/** The one built page whose HTML holds `marker`. */
export function pageWith(site: Built, marker: string): { path: string; html: string } {
  const found = [...site.pages].filter(([, html]) => html.includes(marker));
  expect(found.map(([p]) => p)).toHaveLength(1);
  return { path: found[0][0], html: found[0][1] };
}

/** Every `<img src>` of a page, and whether it names a file the built site holds (as a browser resolves it). */
export function images(site: Built, page: { path: string; html: string }): { src: string; exists: boolean }[] {
  return [...page.html.matchAll(/<img\b[^>]*\bsrc="([^"]*)"/g)].map((m) => {
    const src = m[1].replace(/&amp;/g, '&');
    const path = decodeURIComponent(src.split(/[?#]/)[0]);
    const file = path.startsWith('/') ? join(site.root, path) : join(site.root, dirname(page.path), path);
    return { src, exists: existsSync(file) };
  });
}
