/** Notes and topics named on the command line: ambiguous names, `.MD`, aliases. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_VAULT } from '../helpers';
import { run } from './run-cli';

/** README.md in twelve folders, a session and a speaker sharing a name, a `.MD` note, a BOM. */
function vault(): string {
  const root = mkdtempSync(join(tmpdir(), 'cn-names-'));
  writeFileSync(join(root, 'DEVIEW 2019.md'), '---\ntype: event\nstart: 2019-10-28\n---\n');
  const session = (title: string): string => `---\ntype: session\nevent: "[[DEVIEW 2019]]"\ntopics: [OCR]\n---\n# ${title}\n`;
  for (let i = 1; i <= 12; i++) {
    const folder = join(root, 'Talks', `T${String(i).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'README.md'), session(`Talk ${i}`));
  }
  mkdirSync(join(root, 'People'));
  writeFileSync(join(root, 'People', '전상현.md'), '---\ntype: speaker\n---\n');
  writeFileSync(join(root, 'Talks', '전상현.md'), session('전상현의 발표'));
  writeFileSync(join(root, 'Talks', 'Shouting.MD'), session('Upper-case extension'));
  writeFileSync(join(root, 'Talks', 'With BOM.md'), `\ufeff${session('Byte order mark')}`);
  return root;
}

const README_LIST = 'Talks/T01/README.md, Talks/T02/README.md, Talks/T03/README.md, Talks/T04/README.md, Talks/T05/README.md, Talks/T06/README.md, Talks/T07/README.md, Talks/T08/README.md, Talks/T09/README.md, Talks/T10/README.md, and 2 more';

describe('a note named on the command line', () => {
  const root = vault();
  test.each<[string, string[], number, string]>([
    ['a name twelve notes share', ['related', root, 'README'], 1, `"README" names 12 notes: ${README_LIST}; give its path in the vault`],
    ['with .md', ['related', root, 'README.md'], 1, `"README.md" names 12 notes: ${README_LIST}; give its path in the vault`],
    ['in another case', ['related', root, 'readme'], 1, `"readme" names 12 notes: ${README_LIST}; give its path in the vault`],
    ['for export --session', ['export', root, '--session', 'README', '--profile', 'markdown'], 1, `"README" names 12 notes: ${README_LIST}; give its path in the vault`],
    ['no such note', ['related', root, 'Nowhere'], 1, 'note not found in the vault: Nowhere'],
    ['not a session', ['related', root, 'People/전상현.md'], 1, 'not a session note (type: session): People/전상현.md'],
  ])('%s', (_, argv, code, line) => {
    expect(run(...argv)).toEqual({ code, out: '', err: `conference-notes: ${line}\n` });
  });

  test.each([
    ['its vault path', 'Talks/T03/README.md'],
    ['its path on disk', join(root, 'Talks', 'T03', 'README.md')],
    ['a name a session and a speaker share: the session', '전상현'],
    ['a .MD note by name', 'Shouting'],
    ['a .MD note by path', 'Talks/Shouting.MD'],
    ['a note with a BOM', 'With BOM'],
  ])('by %s', (_, given) => {
    const result = run('related', root, given, '--json');
    expect([result.code, result.err]).toEqual([0, '']);
    expect(Array.isArray(JSON.parse(result.out))).toBe(true);
  });

  test('.MD and BOM notes are indexed as sessions', () => {
    const data = JSON.parse(run('index', root, '--json').out) as { sessions: { path: string; title: string }[]; problems: unknown[] };
    expect(data.sessions.filter((s) => !s.path.includes('README')).map((s) => [s.path, s.title])).toEqual([
      ['Talks/Shouting.MD', 'Upper-case extension'],
      ['Talks/With BOM.md', 'Byte order mark'],
      ['Talks/전상현.md', '전상현의 발표'],
    ]);
    expect(data.problems).toEqual([]);
  });
});

describe('export --topic', () => {
  test.each<[string, string, string]>([
    ['by label', 'Recommender systems', ''],
    ['by id', 'recommender-systems', ''],
    ['by label in another case and spacing', 'recommender  Systems', ''],
    ['by alias', '추천시스템', 'conference-notes: topic "추천시스템" matched "Recommender systems"\n'],
    ['by alias with a particle', 'RecSys를', 'conference-notes: topic "RecSys를" matched "Recommender systems"\n'],
    ['by alias of a topic a note renamed', '이상거래탐지', 'conference-notes: topic "이상거래탐지" matched "FDS"\n'],
    ['a topic only the notes know', 'Kuberentes', ''],
  ])('%s: %s', (_, topic, err) => {
    const result = run('export', SAMPLE_VAULT, '--topic', topic, '--profile', 'markdown');
    expect([result.code, result.err]).toEqual([0, err]);
    expect(result.out).toMatch(/^# /);
  });

  test('an unknown topic says so', () => {
    expect(run('export', SAMPLE_VAULT, '--topic', 'Quantum basket weaving', '--profile', 'markdown')).toEqual({
      code: 1,
      out: '',
      err: 'conference-notes: unknown topic "Quantum basket weaving": no topic has that name or alias\n',
    });
  });
});
