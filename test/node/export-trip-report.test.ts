/**
 * The trip report: a whole event as a recap for a team, in Korean and in
 * English (approved files), with stamps linked to each talk's recording and
 * nothing private in it, whatever route it would take.
 */
import { join } from 'node:path';
import { expectApproved } from '../helpers';
import { buildHugo, buildJekyll, engine, pageWith, type Built } from './blog-engines';
import { run } from './run-cli';

const VAULT = join(__dirname, '..', 'fixtures', 'trip-vault');

test.each([
  ['FEConf 2024', 'markdown', 'trip-report-ko-markdown.md'],
  ['FEConf 2024', 'hugo', 'trip-report-ko-hugo.md'],
  ['PyCon US 2024', 'markdown', 'trip-report-en-markdown.md'],
  ['PyCon US 2024', 'jekyll', 'trip-report-en-jekyll.md'],
])('%s as a %s trip report (approved)', (event, profile, approved) => {
  const r = run('export', VAULT, '--event', event, '--trip-report', '--profile', profile);
  expect([r.code, r.err]).toEqual([0, '']);
  expectApproved(approved, r.out);
});

test('the summary links to every talk that has takeaways, and each link finds its heading', () => {
  const out = run('export', VAULT, '--event', 'FEConf 2024', '--trip-report', '--profile', 'markdown').out;
  const links = [...out.matchAll(/\]\(#(talk-\d+)\)/g)].map((m) => m[1]);
  expect(links).toEqual(['talk-1', 'talk-2']);
  for (const id of links) expect(out).toContain(`<a id="${id}"></a>`);
  const jekyll = run('export', VAULT, '--event', 'FEConf 2024', '--trip-report', '--profile', 'jekyll').out;
  for (const id of links) expect(jekyll).toMatch(new RegExp(`^## .+ \\{#${id}\\}$`, 'm'));
});

test.each(['markdown', 'jekyll', 'hugo', 'tistory'])('private notes, private callouts and comments never reach a %s trip report', (profile) => {
  for (const event of ['FEConf 2024', 'PyCon US 2024']) {
    const r = run('export', VAULT, '--event', event, '--trip-report', '--profile', profile);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/SECRET-TRIP/);
    expect(r.out).not.toContain('사내 비공개 세션');
  }
});

test('the topics are ranked by the talks that carry them, private talks not counted', () => {
  const out = run('export', VAULT, '--event', 'FEConf 2024', '--trip-report', '--profile', 'markdown', '--lang', 'en').out;
  expect(out).toContain('1. React — 2 talks\n2. Design systems — 1 talk\n3. Web performance — 1 talk');
});

test.each([
  [['--event', 'FEConf 2024', '--day', '1', '--trip-report'], 2, '--trip-report takes a whole event'],
  [['--topic', 'React', '--trip-report'], 2, '--trip-report takes a whole event'],
  [['--event', 'No such event', '--trip-report'], 1, 'unknown event'],
])('%j is refused, the first line saying why (exit %d)', (args, code, message) => {
  const r = run('export', VAULT, ...args, '--profile', 'markdown');
  expect(r.code).toBe(code);
  expect(r.err.split('\n')[0]).toContain(message);
  expect(r.out).toBe('');
});

/** Every summary link of the built page finds an element with that id, and the stamps are links to the recording. */
function checkAnchors(site: Built): void {
  const page = pageWith(site, '발표별 요약');
  const targets = [...page.html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
  expect(targets).toEqual(['talk-1', 'talk-2']);
  for (const id of targets) expect(page.html).toMatch(new RegExp(`id="${id}"`));
  expect(page.html).toContain('<a href="https://youtu.be/RSC2024abcd?t=796">12:34</a>');
}

const exportTo = (out: string, profile: string): void => {
  const r = run('export', VAULT, '--event', 'FEConf 2024', '--trip-report', '--profile', profile, '--out', out);
  expect([r.code, r.err]).toEqual([0, '']);
};

engine('jekyll')('Jekyll builds the trip report, its summary links landing on the talks', () => {
  checkAnchors(buildJekyll((site) => exportTo(site, 'jekyll')));
}, 120_000);

engine('hugo')('Hugo builds the trip report, its summary links landing on the talks', () => {
  checkAnchors(buildHugo((posts) => exportTo(posts, 'hugo')));
}, 120_000);
