import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import markdownlint from 'markdownlint';
import { runCli } from '../../src/node/cli/run';
import { expectApproved, SAMPLE_VAULT } from '../helpers';
import { buildHugo, buildJekyll, engine, images, pageWith } from './blog-engines';

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

const DAY2 = ['--event', 'if(kakao) 2019', '--day', '2'];

describe.each(['jekyll', 'hugo', 'markdown', 'tistory'])('%s profile', (profile) => {
  test('day 2 of if(kakao) 2019 as one post (approved)', () => {
    const out = mkdtempSync(join(tmpdir(), `cn-export-${profile}-`));
    const { code, out: listing, err } = run('export', SAMPLE_VAULT, ...DAY2, '--profile', profile, '--out', out, '--toc');
    expect([code, err]).toEqual([0, '']);
    const files = listing.trim().split('\n');
    for (const f of files.filter((x) => /\.(md|html)$/.test(x))) expectApproved(`export-${profile}-${f.split('/').pop()}`, readFileSync(join(out, f), 'utf8'));
    expect(files.filter((f) => f.endsWith('.png')).map((f) => f.split('/').pop())).toEqual(['recsys-overview.png', 'fds-파이프라인.png']);
    const text = readFileSync(join(out, files[0]), 'utf8');
    // Nothing private, no Obsidian-only syntax left.
    for (const leak of ['GAN으로 만드는 캐릭터 이미지', '[!private]', '%%', '[[', '^key-point']) expect([leak, text.includes(leak)]).toEqual([leak, false]);
  });
});

test('the Markdown post passes markdownlint', () => {
  const post = run('export', SAMPLE_VAULT, ...DAY2, '--profile', 'markdown').out;
  const result = markdownlint.sync({ strings: { post }, config: { default: true, MD013: false, MD024: { siblings_only: true }, MD033: { allowed_elements: ['a', 'mark', 'img'] } } });
  expect(result.post).toEqual([]);
});

test('one session, a whole event and a topic page', () => {
  const one = run('export', SAMPLE_VAULT, '--session', 'Conferences/if(kakao)/2020/이상금융거래 탐지 시스템 고도화.md', '--profile', 'markdown', '--lang', 'en').out;
  expect(one.split('\n').slice(0, 5)).toEqual(['# 이상금융거래 탐지 시스템 고도화', '', '이상금융거래 탐지 시스템 고도화', '', '**Speakers** 정하늘 (카카오페이) · 2020-11-16 10:00 Track 1 · [Slides](https://example.com/slides/ifkakao2020/fraud-detection) · [Video](https://example.com/video/ifkakao2020/fraud-detection)']);
  expect(run('export', SAMPLE_VAULT, '--event', 'if(kakao) 2020', '--profile', 'markdown', '--lang', 'en').out.split('\n')[0]).toBe('# if(kakao) 2020 recap');
  const topic = run('export', SAMPLE_VAULT, '--topic', '이상거래탐지', '--profile', 'markdown').out;
  expect(topic.split('\n')[0]).toBe('# FDS 발표 모음');
  expect(topic.match(/^## .*$/gm)).toEqual(['## 금융사기 잡는 카카오뱅크의 데이터 사이언스', '## 이상금융거래 탐지 시스템 고도화']);
});

test('a private session is refused; nothing is overwritten without --force; nothing is written outside --out', () => {
  expect(run('export', SAMPLE_VAULT, '--session', 'Conferences/if(kakao)/2019/GAN으로 만드는 캐릭터 이미지.md', '--profile', 'markdown')).toMatchObject({ code: 1, err: expect.stringMatching(/private note, never exported/) as unknown });
  const out = mkdtempSync(join(tmpdir(), 'cn-export-again-'));
  expect(run('export', SAMPLE_VAULT, ...DAY2, '--profile', 'hugo', '--out', out).code).toBe(0);
  const again = run('export', SAMPLE_VAULT, ...DAY2, '--profile', 'hugo', '--out', out);
  expect(again.code).toBe(1);
  expect(again.err).toMatch(/already exists \(use --force to replace\)/);
  expect(run('export', SAMPLE_VAULT, ...DAY2, '--profile', 'hugo', '--out', out, '--force').code).toBe(0);
  expect(run('export', SAMPLE_VAULT, '--profile', 'hugo')).toMatchObject({ code: 2 });
  expect(run('export', SAMPLE_VAULT, ...DAY2)).toMatchObject({ code: 2 });
});

function checkHtml(html: string): void {
  const talks = [...html.matchAll(/<h2[^>]*id="talk-\d+"[^>]*>([^<]*)</g)].map((m) => m[1].trim());
  expect(talks).toEqual(['추천 시스템 A to Z (카카오 추천 팀의 3년)', '카카오 OCR 엔진 개발기', 'TensorRT로 추론 서버 최적화하기', '금융사기 잡는 카카오뱅크의 데이터 사이언스', 'Kubernetes 위에서 추천 모델 서빙하기']);
  expect(html).toMatch(/<ul>\s*<li>[^]*?<ul>\s*<li>/);
  for (const leak of ['[[', '%%', 'GAN으로 만드는 캐릭터 이미지', '[!private]']) expect([leak, html.includes(leak)]).toEqual([leak, false]);
  expect(html).toContain('<mark>핵심: 룰 + 지도학습 + 비지도 점수를 함께 쓴다</mark>');
  expect(html).toContain('{{ liquid }}');
}

engine('jekyll')('Jekyll builds the exported day post as it is', () => {
  const site = buildJekyll((folder) => expect(run('export', SAMPLE_VAULT, ...DAY2, '--profile', 'jekyll', '--out', folder).code).toBe(0));
  const page = pageWith(site, 'talk-1');
  checkHtml(page.html);
  expect(images(site, page)).toEqual([expect.objectContaining({ exists: true }), expect.objectContaining({ exists: true })]);
}, 120_000);

engine('hugo')('Hugo builds the exported page bundle as it is', () => {
  const site = buildHugo((folder) => expect(run('export', SAMPLE_VAULT, ...DAY2, '--profile', 'hugo', '--out', folder).code).toBe(0));
  const page = pageWith(site, 'talk-1');
  checkHtml(page.html);
  expect(images(site, page)).toEqual([expect.objectContaining({ exists: true }), expect.objectContaining({ exists: true })]);
}, 120_000);

test('links to published notes follow the URL pattern; others stay text', () => {
  const vault = join(mkdtempSync(join(tmpdir(), 'cn-publish-')), 'vault');
  cpSync(SAMPLE_VAULT, vault, { recursive: true });
  const target = join(vault, 'Conferences', 'DEVIEW', '2019', '대규모 OCR 서비스의 컴퓨터 비전 파이프라인.md');
  writeFileSync(target, readFileSync(target, 'utf8').replace('type: session', 'type: session\npublish: true'));
  mkdirSync(join(vault, '.obsidian', 'plugins', 'conference-notes'), { recursive: true });
  writeFileSync(join(vault, '.obsidian', 'plugins', 'conference-notes', 'data.json'), JSON.stringify({ exportLinkPattern: 'https://blog.example.com/notes/{slug}/' }));
  const post = run('export', vault, ...DAY2, '--profile', 'markdown').out;
  expect(post).toContain('[대규모 OCR 서비스의 컴퓨터 비전 파이프라인](https://blog.example.com/notes/%EB%8C%80%EA%B7%9C%EB%AA%A8-ocr-%EC%84%9C%EB%B9%84%EC%8A%A4%EC%9D%98-%EC%BB%B4%ED%93%A8%ED%84%B0-%EB%B9%84%EC%A0%84-%ED%8C%8C%EC%9D%B4%ED%94%84%EB%9D%BC%EC%9D%B8/)');
  expect(post).not.toContain('[강태우](');
});

test('what an export cannot do as the notes ask is a warning on stderr; the post is still written', () => {
  const vault = join(mkdtempSync(join(tmpdir(), 'cn-warn-')), 'vault');
  cpSync(join(__dirname, '..', 'fixtures', 'recap-vault'), vault, { recursive: true });
  const dir = join(vault, 'Conferences', 'DEVIEW', '2023');
  writeFileSync(join(dir, '순환 A.md'), '---\ntype: session\nevent: "[[DEVIEW 2023]]"\nday: 2\n---\n# 순환 A\n![[순환 B]]\n![[없는 그림.png]]\n');
  writeFileSync(join(dir, '순환 B.md'), 'B\n\n![[순환 A]]\n');
  const { code, out, err } = run('export', vault, '--event', 'DEVIEW 2023', '--day', '2', '--profile', 'markdown', '--lang', 'en');
  expect(code).toBe(0);
  expect(err.split('\n').filter((l) => l !== '')).toEqual([
    'conference-notes: warning: Conferences/DEVIEW/2023/순환 B.md: embed cycle cut: Conferences/DEVIEW/2023/순환 A.md → Conferences/DEVIEW/2023/순환 B.md → Conferences/DEVIEW/2023/순환 A.md',
    'conference-notes: warning: Conferences/DEVIEW/2023/순환 A.md: embedded file not found: 없는 그림.png',
  ]);
  expect(out.split('\n').slice(0, 5)).toEqual(['# DEVIEW 2023 day 2 recap', '', '순환 A', '', '2023-02-28']);
});

test('--lang: auto follows the notes (the default), ko and en as asked, anything else is a usage error', () => {
  const title = (...lang: string[]): string => run('export', SAMPLE_VAULT, ...DAY2, '--profile', 'markdown', ...lang).out.split('\n')[0];
  expect([title(), title('--lang', 'auto'), title('--lang', 'ko'), title('--lang', 'en')]).toEqual(['# if(kakao) 2019 2일차 후기', '# if(kakao) 2019 2일차 후기', '# if(kakao) 2019 2일차 후기', '# if(kakao) 2019 day 2 recap']);
  expect(run('export', SAMPLE_VAULT, ...DAY2, '--profile', 'markdown', '--lang', 'fr')).toMatchObject({ code: 2, err: expect.stringContaining('--lang takes auto, en or ko') as unknown });
});
