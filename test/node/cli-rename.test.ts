import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from './run-cli';

const NOTES: Record<string, string> = {
  'Talks/a.md': '---\ntype: session\ntitle: Mesh A\ntopics: [Istio, Kafka]\nspeakers: ["[[김광섭]]"]\n---\n# A\n#topic/istio in text\n',
  'Talks/b.md': '---\ntype: session\ntitle: Mesh B\ntopics:\n  - 서비스 메시\n  - 이스티오\n---\n# B\n',
  'Talks/c.md': '---\r\ntype: session\r\ntopics: Kafka\r\nspeakers: 김광섭님, 전상현\r\n---\r\nIstio is not a tag here\r\n',
  'Notes/free.md': 'Istio #istio and #topic/Istio\n',
};

function vault(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cn-rename-')), 'vault');
  for (const [path, text] of Object.entries(NOTES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
const read = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8');

test('topic merge rewrites the values and tags, lists every change, and leaves other notes byte for byte', () => {
  const dir = vault();
  const { code, out, err } = run('topic', 'merge', dir, 'Istio', 'Service mesh');
  expect([code, err]).toEqual([0, '']);
  expect(out).toBe(
    [
      'topic "Istio" merged into "Service mesh": 3 notes changed',
      'Notes/free.md',
      '  #topic/Istio → #topic/Service-mesh',
      'Talks/a.md',
      '  topics: Istio → Service mesh',
      '  #topic/istio → #topic/Service-mesh',
      'Talks/b.md',
      '  topics: 이스티오 removed (already Service mesh)',
      '',
    ].join('\n'),
  );
  expect(read(dir, 'Talks/a.md')).toBe('---\ntype: session\ntitle: Mesh A\ntopics: [Service mesh, Kafka]\nspeakers: ["[[김광섭]]"]\n---\n# A\n#topic/Service-mesh in text\n');
  expect(read(dir, 'Talks/b.md')).toBe('---\ntype: session\ntitle: Mesh B\ntopics:\n  - 서비스 메시\n---\n# B\n');
  expect(read(dir, 'Talks/c.md')).toBe(NOTES['Talks/c.md']);
  expect(read(dir, 'Notes/free.md')).toBe('Istio #istio and #topic/Service-mesh\n');
  const index = JSON.parse(run('index', dir, '--json').out) as { topics: { id: string }[] };
  expect(index.topics.map((t) => t.id)).not.toContain('istio');
});

test('--dry-run --json names the notes and writes nothing', () => {
  const dir = vault();
  const { code, out } = run('speaker', 'rename', dir, '김광섭', '김광섬', '--dry-run', '--json');
  expect(code).toBe(0);
  expect(JSON.parse(out)).toEqual({ changed: ['Talks/a.md', 'Talks/c.md'] });
  for (const path of Object.keys(NOTES)) expect(read(dir, path)).toBe(NOTES[path]);
});

test('speaker rename keeps links, honorific-free, CRLF and every other byte', () => {
  const dir = vault();
  expect(run('speaker', 'rename', dir, '김광섭', '김광섬').code).toBe(0);
  expect(read(dir, 'Talks/a.md')).toBe(NOTES['Talks/a.md'].replace('[[김광섭]]', '[[김광섬]]'));
  expect(read(dir, 'Talks/c.md')).toBe(NOTES['Talks/c.md'].replace('김광섭님', '김광섬'));
});

test.each([
  [['topic'], 2, 'conference-notes: topic needs merge or rename\n'],
  [['topic', 'fold'], 2, 'conference-notes: topic needs merge or rename, not "fold"\n'],
  [['topic', 'merge', 'VAULT', 'Istio'], 2, 'conference-notes: topic merge needs the vault, the topic to change and the topic to merge into\n'],
  [['topic', 'merge', 'VAULT', 'Nothing like it', 'Kafka'], 1, 'conference-notes: unknown topic "Nothing like it": no topic has that name or alias\n'],
  [['topic', 'merge', 'VAULT', 'Istio', '이스티오'], 1, 'conference-notes: "Istio" and "이스티오" are the same topic\n'],
  [['topic', 'rename', 'VAULT', 'Istio', 'Kafka'], 1, 'conference-notes: "Kafka" is already a topic: use topic merge\n'],
  [['speaker', 'merge', 'VAULT', '김광섭', '아무개'], 1, 'conference-notes: unknown speaker "아무개": no session names that speaker\n'],
  [['speaker', 'rename', 'VAULT', '김광섭', '전상현'], 1, 'conference-notes: "전상현" is already a speaker: use speaker merge\n'],
])('%j exits %i with one line', (args, code, firstLine) => {
  const dir = vault();
  const result = run(...args.map((a) => (a === 'VAULT' ? dir : a)));
  expect(result.code).toBe(code);
  expect(result.err.split('\n')[0] + '\n').toBe(firstLine);
  expect(result.out).toBe('');
  for (const path of Object.keys(NOTES)) expect(read(dir, path)).toBe(NOTES[path]);
});
