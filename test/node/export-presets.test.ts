/**
 * Each ready-made front matter preset, with its theme's paths, exported by the
 * CLI into a blog site's folder, approved as a file, then built by the real
 * Jekyll or Hugo. The themes themselves (minima, Chirpy, PaperMod) cannot be
 * installed offline: the sites here are bare, with a layout that prints the
 * page variables the themes read, so the test sees the engine read them.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRESETS } from '../../src/core/export/presets';
import { runCli } from '../../src/node/cli/run';
import { expectApproved } from '../helpers';
import { buildHugo, buildJekyll, engine, images, pageWith, type Built } from './blog-engines';

const TALK = 'Conferences/DEVIEW/2023/검색 랭킹 개선기.md';

/** The recap vault with the talk carrying theme properties (`image`, `math`, `pin`) that templates pass through. */
function vault(): string {
  const root = mkdtempSync(join(tmpdir(), 'cn-preset-vault-'));
  cpSync(join(__dirname, '..', 'fixtures', 'recap-vault'), root, { recursive: true });
  const talk = join(root, TALK);
  writeFileSync(talk, readFileSync(talk, 'utf8').replace(/^---\n/, '---\nimage: /assets/img/cover.png\nmath: true\npin: true\n'));
  return root;
}

const preset = (id: string): string => PRESETS.find((p) => p.id === id)!.frontMatter;

interface Case {
  id: string;
  engine: 'jekyll' | 'hugo';
  postPath: string;
  assetsPath: string;
  /** What the built page must show, from the front matter as the engine read it. */
  shows: string[];
}

const CASES: Case[] = [
  { id: 'jekyll-minima', engine: 'jekyll', postPath: '_posts/{{date}}-{{slug}}.md', assetsPath: 'assets/{{date}}-{{slug}}', shows: ['<p class="tags">검색 랭킹,검색,랭킹</p>', '<p class="categories">DEVIEW</p>'] },
  {
    id: 'jekyll-chirpy',
    engine: 'jekyll',
    postPath: '_posts/{{date}}-{{slug}}.md',
    assetsPath: 'assets/img/posts/{{slug}}',
    shows: ['<p class="tags">검색 랭킹,검색,랭킹</p>', '<p class="categories">DEVIEW,DEVIEW 2023</p>', '<p class="math">true</p>', '<p class="pin">true</p>', '<p class="image">/assets/img/cover.png</p>'],
  },
  { id: 'seed', engine: 'jekyll', postPath: '_posts/{{date}}-{{slug}}.md', assetsPath: 'assets/img/{{slug}}', shows: ['<p class="tags">검색 랭킹,검색,랭킹</p>', '<p class="keywords">검색 랭킹,검색,랭킹</p>', '<p class="update">2'] },
  {
    id: 'hugo-papermod',
    engine: 'hugo',
    postPath: 'content/posts/{{slug}}/index.md',
    assetsPath: 'content/posts/{{slug}}',
    shows: ['<p class="date">2023-02-27</p>', '<p class="tags">검색 랭킹,검색,랭킹</p>', '<p class="series">DEVIEW</p>', '<p class="cover">/assets/img/cover.png</p>', '<p class="summary">대규모 검색의 랭킹 개선기 — LTR 도입</p>', '<p class="draft">false</p>'],
  },
  { id: 'hugo-papermod', engine: 'hugo', postPath: 'content/posts/{{slug}}.md', assetsPath: 'static/img/{{slug}}', shows: ['<p class="tags">검색 랭킹,검색,랭킹</p>'] },
];

const JEKYLL_LAYOUT = [
  '<html><body><h1>{{ page.title }}</h1>',
  '<p class="tags">{{ page.tags | join: "," }}</p><p class="categories">{{ page.categories | join: "," }}</p>',
  '<p class="math">{{ page.math }}</p><p class="pin">{{ page.pin }}</p><p class="image">{{ page.image.path }}</p>',
  '<p class="keywords">{{ page.keywords | join: "," }}</p><p class="update">{{ page.update }}</p>',
  '{{ content }}</body></html>',
].join('\n');

const HUGO_LAYOUT = [
  '<html><body><h1>{{ .Title }}</h1><p class="date">{{ .Date.Format "2006-01-02" }}</p>',
  '<p class="tags">{{ with .Params.tags }}{{ delimit . "," }}{{ end }}</p><p class="series">{{ with .Params.series }}{{ delimit . "," }}{{ end }}</p>',
  '<p class="cover">{{ with .Params.cover }}{{ .image }}{{ end }}</p><p class="summary">{{ .Params.summary }}</p><p class="draft">{{ .Draft }}</p>',
  '{{ .Content }}</body></html>',
].join('\n');

function exportTo(root: string, out: string, c: Case): string[] {
  const template = join(mkdtempSync(join(tmpdir(), 'cn-template-')), 'front-matter.yaml');
  writeFileSync(template, preset(c.id));
  let listing = '';
  let err = '';
  const args = ['export', root, '--session', TALK, '--profile', c.engine, '--out', out, '--front-matter', template, '--post-path', c.postPath, '--assets-path', c.assetsPath];
  const code = runCli(args, { out: (t) => (listing += `${t}\n`), err: (t) => (err += `${t}\n`) });
  expect([code, err]).toEqual([0, '']);
  return listing.trim().split('\n');
}

describe.each(CASES)('$id preset, post at $postPath', (c) => {
  const build = (write: (site: string) => void): Built => (c.engine === 'jekyll' ? buildJekyll(write, JEKYLL_LAYOUT) : buildHugo(write, HUGO_LAYOUT, true));

  engine(c.engine)(`${c.engine} builds the post with the front matter read and every image in place (approved)`, () => {
    const root = vault();
    let files: string[] = [];
    const site = build((folder) => (files = exportTo(root, folder, c)));
    expect(files[0]).toBe(c.postPath.replace('{{date}}', '2023-02-27').replace('{{slug}}', '대규모-검색의-랭킹-개선기-ltr-도입'));
    const post = readFileSync(join(site.root, '..', files[0]), 'utf8');
    // The update date is today's: approved with a stand-in.
    expectApproved(`preset-${c.id}-${c.postPath.replace(/\W+/g, '-')}.md`, post.replace(/^update: "\d{4}-\d\d-\d\d"$/m, 'update: "(today)"'));
    const page = pageWith(site, '대규모 검색의 랭킹 개선기 — LTR 도입</h1>');
    for (const shown of c.shows) expect([shown, page.html.includes(shown)]).toEqual([shown, true]);
    const imgs = images(site, page);
    expect(imgs).toHaveLength(2);
    expect(imgs.filter((i) => !i.exists)).toEqual([]);
  }, 120_000);
});
