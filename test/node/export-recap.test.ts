/**
 * Whole exports of real-shaped recap notes (test/fixtures/recap-vault): a
 * talk with several `#` and `##` sections, lists, code, images and links, and
 * a conference day whose notes embed pasted images, images with spaces and
 * Korean names, two images of one name in two folders, and parts of another
 * note. Approved as files, then built by the real Jekyll and Hugo.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/node/cli/run';
import { expectApproved } from '../helpers';
import { buildHugo, buildJekyll, engine, images, pageWith, type Built } from './blog-engines';

const VAULT = join(__dirname, '..', 'fixtures', 'recap-vault');
const TALK = 'Conferences/DEVIEW/2023/검색 랭킹 개선기.md';
const SELECTIONS = { talk: ['--session', TALK], day: ['--event', 'DEVIEW 2023', '--day', '1'] };

function exportTo(out: string, profile: string, which: keyof typeof SELECTIONS): string[] {
  let listing = '';
  let err = '';
  const code = runCli(['export', VAULT, ...SELECTIONS[which], '--profile', profile, '--out', out], { out: (t) => (listing += `${t}\n`), err: (t) => (err += `${t}\n`) });
  expect([code, err]).toEqual([0, '']);
  return listing.trim().split('\n');
}

describe.each(['jekyll', 'hugo', 'markdown', 'tistory'])('%s profile', (profile) => {
  test.each(['talk', 'day'] as const)('the %s, whole (approved), with every image copied under its own name', (which) => {
    const out = mkdtempSync(join(tmpdir(), `cn-recap-${profile}-`));
    const files = exportTo(out, profile, which);
    for (const f of files.filter((x) => /\.(md|html)$/.test(x))) expectApproved(`recap-${which}-${profile}-${f.split('/').pop()}`, readFileSync(join(out, f), 'utf8'));
    const copied = files.filter((f) => /\.png$/i.test(f)).map((f) => f.split('/').pop());
    expect(copied).toEqual(
      which === 'talk'
        ? ['pasted-image-20230227101500.png', '검색-구조도-v2.png']
        : ['pasted-image-20230227101500.png', '검색-구조도-v2.png', 'diagram.png', 'diagram-2.png', '화면-녹화-1.png', 'pasted-image-20230227141000.png'],
    );
    // Two files, two names: the same-named diagrams are not one file.
    expect(new Set(files.filter((f) => /diagram/.test(f)).map((f) => readFileSync(join(out, f)).toString('base64'))).size).toBe(which === 'day' ? 2 : 0);
  });
});

/** What the built day post must show: talks under their headings, their own headings below, images that load, Liquid-looking text as written. */
function checkDay(site: Built): void {
  const page = pageWith(site, '모바일 앱 성능 측정');
  const headings = [...page.html.matchAll(/<h([1-6])[^>]*>([^]*?)<\/h\1>/g)].map((m) => `${m[1]} ${m[2].replace(/<[^>]+>/g, '').trim()}`);
  expect(headings).toEqual([
    '1 DEVIEW 2023 1일차 후기',
    '2 대규모 검색의 랭킹 개선기 — LTR 도입',
    '3 발표 요약',
    '4 배경',
    '4 구조',
    '5 피처 저장소',
    '3 Q&amp;A',
    '4 질문 1: 온라인 지표가 떨어지면?',
    '4 질문 2: 학습 주기는?',
    '3 후기',
    '2 모바일 앱 성능 측정',
    '3 측정 환경',
    '3 결과',
    '2 사내 MLOps 이야기',
    '3 요약',
    '3 파이프라인',
    '3 구조',
    '4 피처 저장소',
    '4 배포',
  ]);
  const imgs = images(site, page);
  expect(imgs.map((i) => decodeURIComponent(i.src.split('/').pop() ?? ''))).toEqual(['pasted-image-20230227101500.png', '검색-구조도-v2.png', 'diagram.png', 'diagram-2.png', '화면-녹화-1.png', 'pasted-image-20230227141000.png', '검색-구조도-v2.png']);
  expect(imgs.filter((i) => !i.exists)).toEqual([]);
  expect(page.html).toContain('{% raw %}{{ site.title }}{% endraw %}');
  expect(page.html).toContain('{{ 템플릿 아님 }}');
  for (const leak of ['[[', '%%', '{{cursor', '개인 메모', '^conclusion', ' ·  · ']) expect([leak, page.html.includes(leak)]).toEqual([leak, false]);
}

engine('jekyll')('Jekyll builds the exported day with every image in place', () => {
  checkDay(buildJekyll((site) => exportTo(site, 'jekyll', 'day')));
}, 120_000);

engine('hugo')('Hugo builds the exported day with every image in place', () => {
  checkDay(buildHugo((posts) => exportTo(posts, 'hugo', 'day')));
}, 120_000);
