import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectApproved, SAMPLE_VAULT } from '../helpers';
import { run } from './run-cli';

/** Approved JSON files are indented so that their diffs read well. */
const pretty = (out: string): string => `${JSON.stringify(JSON.parse(out), null, 2)}\n`;

const FDS_2019 = 'Conferences/if(kakao)/2019/금융사기 잡는 카카오뱅크의 데이터 사이언스.md';

describe('on the sample vault', () => {
  test('index --json (approved)', () => {
    const { code, out, err } = run('index', SAMPLE_VAULT, '--json');
    expect([code, err]).toEqual([0, '']);
    expectApproved('sample-index.json', pretty(out));
  });

  test('index prints the cross-event topic table (approved)', () => {
    expectApproved('sample-index.txt', run('index', SAMPLE_VAULT).out);
  });

  test('fraud detection and recommenders cross from 2019 to 2020', () => {
    const data = JSON.parse(run('index', SAMPLE_VAULT, '--json').out) as { topics: { id: string; sessions: string[] }[] };
    const years = (id: string) => new Set(data.topics.find((t) => t.id === id)?.sessions.map((p) => p.split('/')[2]));
    expect(years('fraud-detection')).toEqual(new Set(['2019', '2020']));
    expect(years('recommender-systems')).toEqual(new Set(['2019', '2020']));
  });

  test('related --json (approved), by path, NFD path or file name', () => {
    const { code, out } = run('related', SAMPLE_VAULT, FDS_2019, '--json', '--limit', '5');
    expect(code).toBe(0);
    expectApproved('sample-related.json', pretty(out));
    expect(run('related', SAMPLE_VAULT, FDS_2019.normalize('NFD'), '--json', '--limit', '5').out).toBe(out);
    expect(run('related', SAMPLE_VAULT, '금융사기 잡는 카카오뱅크의 데이터 사이언스', '--json', '--limit', '5').out).toBe(out);
    expect(run('related', SAMPLE_VAULT, join(SAMPLE_VAULT, FDS_2019), '--json', '--limit', '5').out).toBe(out);
  });

  test('search --json (approved): an IME state finds topic and sessions', () => {
    const { code, out } = run('search', SAMPLE_VAULT, '추처', '--json', '--limit', '5');
    expect(code).toBe(0);
    expectApproved('sample-search.json', pretty(out));
    const hits = JSON.parse(run('search', SAMPLE_VAULT, 'recsys', '--json', '--limit', '3').out) as { kind: string; id: string }[];
    expect(hits[0]).toMatchObject({ kind: 'topic', id: 'recommender-systems' });
  });

  test('lint lists the deliberate problems (approved) and exits 1', () => {
    const { code, out } = run('lint', SAMPLE_VAULT);
    expectApproved('sample-lint.txt', out);
    expect(code).toBe(1);
  });
});

describe('errors', () => {
  test.each([
    [['index'], 2, /index needs the vault folder/],
    [[], 2, /no command given/],
    [['frobnicate', SAMPLE_VAULT], 2, /unknown command "frobnicate"/],
    [['index', SAMPLE_VAULT, '--bogus'], 2, /Unknown option '--bogus'/],
    [['search', SAMPLE_VAULT], 2, /search needs one query/],
    [['search', SAMPLE_VAULT, 'x', '--limit', '0'], 2, /--limit takes a whole number/],
    [['index', '/no/such/vault'], 1, /^conference-notes: vault not found: \/no\/such\/vault\n$/],
    [['related', SAMPLE_VAULT, 'nope.md'], 1, /note not found in the vault: nope.md/],
    [['related', SAMPLE_VAULT, 'Speakers/전상현.md'], 1, /not a session note/],
  ])('%j exits %i', (argv, code, message) => {
    const result = run(...(argv));
    expect(result.code).toBe(code);
    expect(result.out).toBe('');
    expect(result.err).toMatch(message);
  });

  test('a file in place of a vault', () => {
    expect(run('index', join(SAMPLE_VAULT, 'Welcome.md')).err).toMatch(/not a folder/);
  });
});

test('odd file names, broken notes and unreadable files lose nothing', () => {
  const root = mkdtempSync(join(tmpdir(), 'cn-odd-'));
  mkdirSync(join(root, 'Talks'));
  // `#` in a wikilink starts a heading, as in Obsidian, so the session links the event by its alias.
  const event = '---\ntype: event\nstart: 2024-01-01\naliases: [devday1]\n---\n';
  writeFileSync(join(root, 'Talks', 'Dev: Day? #1.md'), event);
  writeFileSync(join(root, 'Talks', '추천 세션'.normalize('NFD') + '.md'), '---\ntype: session\nevent: "[[devday1]]"\ntopics: [추천시스템]\n---\n');
  writeFileSync(join(root, 'Talks', 'broken.md'), '---\ntype: session\ntopics: [a\n---\n');
  symlinkSync(join(root, 'gone.md'), join(root, 'Talks', 'dangling.md'));
  const { code, out } = run('index', root, '--json');
  expect(code).toBe(0);
  const data = JSON.parse(out) as { sessions: { path: string; event: string }[]; problems: { path: string; message: string }[] };
  expect(data.sessions).toEqual([expect.objectContaining({ path: 'Talks/추천 세션.md', event: 'Dev: Day? #1' })]);
  expect(data.problems.map((p) => p.path)).toEqual(['Talks/dangling.md', 'Talks/broken.md']);
  expect(data.problems[0].message).toMatch(/^cannot read: /);
});
