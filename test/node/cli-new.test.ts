import fc from 'fast-check';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractMeta } from '../../src/node/extract';
import { expectApproved, SAMPLE_VAULT } from '../helpers';
import { run } from './run-cli';

function copyVault(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cn-new-')), 'vault');
  cpSync(SAMPLE_VAULT, dir, { recursive: true });
  return dir;
}

test('new writes a session note with canonical speakers and topics (approved)', () => {
  const vault = copyVault();
  const { code, out } = run('new', vault, '--event', 'ifkakao2019', '--title', 'TensorRT 양자화 실전', '--speaker', '루카스', '--speaker', '전상현님', '--topic', 'tensorrt', '--topic', '양자화를', '--topic', 'Edge AI', '--day', '2', '--time', '9:30', '--template', 'talk-en');
  expect(code).toBe(0);
  expect(out).toBe('Conferences/if(kakao)/2019/TensorRT 양자화 실전.md\n');
  expectApproved('cli-new-note.md', readFileSync(join(vault, out.trim()), 'utf8'));
  // The index reads it back as it was meant.
  const index = JSON.parse(run('index', vault, '--json').out) as { sessions: { path: string; speakers: string[]; topics: string[]; event: string; day: number }[] };
  expect(index.sessions.find((s) => s.path === out.trim())).toMatchObject({ event: 'if(kakao) 2019', day: 2, speakers: ['김광섭', '전상현'], topics: ['tensorrt', 'quantization', 'on-device-ai'] });
});

test('never overwrites: the same title gets a number', () => {
  const vault = copyVault();
  const first = run('new', vault, '--event', 'DEVIEW 2019', '--title', 'Same');
  const second = run('new', vault, '--event', 'DEVIEW 2019', '--title', 'Same');
  expect([first.out, second.out]).toEqual(['Conferences/DEVIEW/2019/Same.md\n', 'Conferences/DEVIEW/2019/Same 2.md\n']);
});

test('user templates come from the template folder, their properties kept', () => {
  const vault = copyVault();
  mkdirSync(join(vault, 'Templates', 'Conference notes'), { recursive: true });
  writeFileSync(join(vault, 'Templates', 'Conference notes', '짧은 메모.md'), '---\nrating: 0\ntags: [conference]\n---\n# {{title}}\n{{date:YYYY년 M월 D일}} <% tp.file.title %>\n');
  const { out } = run('new', vault, '--event', 'DEVIEW 2019', '--title', '짧게', '--template', '짧은 메모', '--day', '2');
  const text = readFileSync(join(vault, out.trim()), 'utf8');
  expect(extractMeta(text).frontmatter).toMatchObject({ rating: 0, tags: ['conference'], type: 'session', date: '2019-10-29' });
  expect(text.endsWith('# 짧게\n2019년 10월 29일 <% tp.file.title %>\n')).toBe(true);
});

test.each([
  [['new', SAMPLE_VAULT, '--event', 'DEVIEW 2019'], 2, /new needs --title/],
  [['new', SAMPLE_VAULT, '--title', 'x'], 2, /new needs --event/],
  [['new', SAMPLE_VAULT, '--event', 'DEVIEW 2019', '--title', 'x', '--day', 'two'], 2, /--day takes a whole number/],
  [['new', SAMPLE_VAULT, '--event', 'DEVIEW 2019', '--title', 'x', '--time', '1pm'], 2, /--time takes HH:MM/],
  [['new', SAMPLE_VAULT, '--event', 'NDC 2030', '--title', 'x'], 1, /unknown event "NDC 2030"/],
  [['new', SAMPLE_VAULT, '--event', 'DEVIEW 2019', '--title', 'x', '--template', 'nope'], 1, /unknown template "nope": use one of talk-ko, talk-en/],
])('%j exits %i', (argv, code, message) => {
  const result = run(...(argv));
  expect([result.code, result.out]).toEqual([code, '']);
  expect(result.err).toMatch(message);
});

test('any title, speaker or topic yields front matter that reads back to the same values', () => {
  const vault = copyVault();
  const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 25 }).filter((s) => s.trim() !== '' && !s.startsWith('-'));
  fc.assert(
    fc.property(text, text, (title, speaker) => {
      const { code, out } = run('new', vault, '--event', 'DEVIEW 2019', '--title', title, '--speaker', `[[${speaker.replace(/[[\]|#^]/g, '')}x]]`);
      expect(code).toBe(0);
      const meta = extractMeta(readFileSync(join(vault, out.trim()), 'utf8'));
      expect(meta.frontmatter?.title).toBe(title);
      expect(meta.frontmatterError).toBeUndefined();
    }),
    { numRuns: 100, seed: 11 },
  );
});
