import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expectApproved } from '../helpers';
import { run, STACK_LINE } from './run-cli';

const FIXTURES = join(__dirname, '..', 'fixtures', 'schedules');

function emptyVault(): string {
  return mkdtempSync(join(tmpdir(), 'cn-import-'));
}

/** Every file of a folder, by vault path, with its text. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(relative(root, abs).split('\\').join('/'), readFileSync(abs, 'utf8'));
    }
  };
  walk(root);
  return out;
}

const notes = (files: Map<string, string>): string =>
  [...files].sort(([a], [b]) => a.localeCompare(b)).map(([path, text]) => `===== ${path}\n${text}`).join('\n');

/** Files without a conference title need the event named. */
const eventArgs = (fixture: string): string[] => (/\.(csv|tsv)$|sessionize/.test(fixture) ? ['--event', 'Test Conf 2024'] : []);

describe.each(['frab.json', 'frab.xml', 'sessionize.json', 'programme.ics', 'programme-ko.csv', 'programme.tsv'])('import %s', (fixture) => {
  test('creates the event note and one note per talk (approved), then a re-import changes nothing', () => {
    const vault = emptyVault();
    const file = join(FIXTURES, fixture);
    const first = run('import', vault, file, '--tz', 'Asia/Seoul', '--json', ...eventArgs(fixture));
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const name = fixture.replace(/\./g, '-');
    expectApproved(`import-${name}.json`, first.out);
    const written = snapshot(vault);
    expectApproved(`import-${name}-notes.md`, notes(written));
    const again = run('import', vault, file, '--tz', 'Asia/Seoul', '--json', ...eventArgs(fixture));
    const summary = JSON.parse(again.out) as Record<string, string[]>;
    const firstSummary = JSON.parse(first.out) as Record<string, string[]>;
    expect(summary).toEqual({ ...firstSummary, created: [], unchanged: firstSummary.created, updated: [], withdrawn: [] });
    expect(snapshot(vault)).toEqual(written);
  });
});

type FrabEvent = Record<string, unknown>;
type Frab = { schedule: { conference: { days: { rooms: Record<string, FrabEvent[]> }[] } } };
const frab = (): Frab => JSON.parse(readFileSync(join(FIXTURES, 'frab.json'), 'utf8')) as Frab;

describe('re-import of an edited programme', () => {
  const DIR = 'Conferences/Hanriver DevDays/2024';
  function setUp(): { vault: string; file: string } {
    const vault = emptyVault();
    const file = join(mkdtempSync(join(tmpdir(), 'cn-prog-')), 'schedule.json');
    writeFileSync(file, readFileSync(join(FIXTURES, 'frab.json')));
    expect(run('import', vault, file).code).toBe(0);
    // The user writes in a note and adds properties of their own.
    const opening = join(vault, DIR, 'Opening keynote rivers of data.md');
    const text = readFileSync(opening, 'utf8').replace('status: "planned"', 'status: "attended"\nrating: 5').replace('## 메모\n- \n', '## 메모\n- 스트림은 결국 테이블이 된다\n');
    writeFileSync(opening, text);
    // A time change, a retitle, a withdrawal, an addition and a new abstract.
    const programme = frab();
    const [day1, day2] = programme.schedule.conference.days;
    Object.assign(day1.rooms['Hall A'][0], { date: '2024-08-30T00:00:00+00:00', start: '09:00' });
    Object.assign(day1.rooms['Hall A'][2], { title: '추천 시스템, 다시 처음부터' });
    day1.rooms['Hall B'] = [];
    Object.assign(day2.rooms['Hall A'][1], { abstract: 'A new summary.\nWith two lines.' });
    day2.rooms['Hall A'].push({ guid: 'new-talk-107', date: '2024-08-31T14:00:00+09:00', start: '14:00', duration: '00:20', room: 'Hall A', title: 'Added late: 번개 발표', persons: [{ public_name: 'Kim Minji' }], links: [] });
    writeFileSync(file, JSON.stringify(programme));
    return { vault, file };
  }

  test('the dry run reports the plan and writes nothing; the import does what it reported', () => {
    const { vault, file } = setUp();
    const before = snapshot(vault);
    const dry = run('import', vault, file, '--dry-run', '--json');
    expect(snapshot(vault)).toEqual(before);
    const report = JSON.parse(dry.out) as Record<string, string[]>;
    expect(report).toEqual({
      event: 'Hanriver DevDays 2024',
      created: [`${DIR}/Added late 번개 발표.md`],
      updated: [`${DIR}/Opening keynote rivers of data.md`, `${DIR}/추천 시스템, 처음부터 다시.md`, `${DIR}/Closing what we learned.md`],
      unchanged: [],
      skipped: ['Coffee break', '점심'],
      withdrawn: [`${DIR}/Workshop quotes , colons and hashes.md`],
    });
    expectApproved('import-reimport-report.txt', run('import', vault, file, '--dry-run', '--mark-cancelled').out);
    expect(snapshot(vault)).toEqual(before);
    const real = run('import', vault, file, '--json');
    expect(JSON.parse(real.out)).toEqual(report);
    const after = snapshot(vault);
    // Only the owned lines changed: the user's text, status and rating are byte for byte what they were.
    const opening = `${DIR}/Opening keynote rivers of data.md`;
    expect(after.get(opening)).toBe(before.get(opening)?.replace('time: "08:30"\nend: "09:15"', 'time: "09:00"\nend: "09:45"'));
    const withdrawn = `${DIR}/Workshop quotes , colons and hashes.md`;
    expect(after.get(withdrawn)).toBe(before.get(withdrawn));
    expectApproved('import-reimport-notes.md', notes(new Map([...after].filter(([path]) => after.get(path) !== before.get(path)))));
  });

  test('--mark-cancelled sets status: cancelled on a withdrawn talk and nothing else', () => {
    const { vault, file } = setUp();
    run('import', vault, file);
    const before = snapshot(vault);
    const out = JSON.parse(run('import', vault, file, '--json', '--mark-cancelled').out) as Record<string, string[]>;
    const withdrawn = `${DIR}/Workshop quotes , colons and hashes.md`;
    expect(out.updated).toEqual([]);
    expect(out.withdrawn).toEqual([withdrawn]);
    const after = snapshot(vault);
    for (const [path, text] of after) expect(text).toBe(path === withdrawn ? before.get(path)?.replace('status: "planned"', 'status: "cancelled"') : before.get(path));
  });
});

test.each([
  [['--format', 'pdf'], 2, /--format takes frab-json, frab-xml, sessionize, ical, csv, not "pdf"/],
  [['--tz', 'Mars/Olympus'], 1, /unknown time zone "Mars\/Olympus"/],
  [['--format', 'ical'], 1, /not readable as iCalendar/],
] as const)('bad input %j: one line, exit %i', (args, code, message) => {
  const result = run('import', emptyVault(), join(FIXTURES, 'frab.json'), ...args);
  expect(result.code).toBe(code);
  expect(result.err).toMatch(message);
  expect(result.err).not.toMatch(STACK_LINE);
});

test('a missing programme file is one line, exit 1', () => {
  const result = run('import', emptyVault(), join(FIXTURES, 'no-such-file.ics'));
  expect(result).toMatchObject({ code: 1, out: '' });
  expect(result.err.trim().split('\n')).toHaveLength(1);
  expect(result.err).toMatch(/cannot read .*no-such-file\.ics/);
});

test('a note typed before the import is found by title and slot: it gets the uid and the owned values, nothing else changes', () => {
  const vault = emptyVault();
  const dir = join(vault, 'Mine');
  mkdirSync(dir);
  writeFileSync(join(dir, 'Hanriver DevDays 2024.md'), '---\ntype: event\nstart: 2024-08-30\n---\n');
  const typed = '---\ntype: session\nevent: "[[Hanriver DevDays 2024]]"\ntitle: "Closing: what we learned"\ndate: 2024-08-31\ntime: "13:00"\nspeakers: [Kim Minji]\nrating: 4\n---\n# My closing notes\n\n- they said thanks\n';
  writeFileSync(join(dir, 'closing.md'), typed);
  const out = JSON.parse(run('import', vault, join(FIXTURES, 'frab.json'), '--json').out) as Record<string, string[]>;
  expect(out.event).toBe('Hanriver DevDays 2024');
  expect(out.updated).toEqual(['Mine/closing.md']);
  expect(out.created).toHaveLength(3);
  expect(readFileSync(join(dir, 'closing.md'), 'utf8')).toBe(
    '---\ntype: session\nevent: "[[Hanriver DevDays 2024]]"\ntitle: "Closing: what we learned"\ndate: 2024-08-31\ntime: "13:00"\nspeakers:\n  - "[[Kim Minji]]"\nrating: 4\nday: 2\nend: "13:30"\ntrack: "Hall A"\nuid: "6d1f0c2a-7f1e-4c55-9a55-0c1d6a1e0006"\n---\n# My closing notes\n\n- they said thanks\n',
  );
  // The event note was found, not made again; the new talks went to its folder pattern.
  expect(snapshot(vault).has('Conferences/Hanriver DevDays 2024/Hanriver DevDays 2024.md')).toBe(false);
});

test('property names from the settings: notes use them and a re-import matches by them', () => {
  const vault = emptyVault();
  mkdirSync(join(vault, '.obsidian', 'plugins', 'conference-notes'), { recursive: true });
  writeFileSync(join(vault, '.obsidian', 'plugins', 'conference-notes', 'data.json'), JSON.stringify({ props: { time: 'start_time', end: 'end_time', uid: 'source_id', timeZone: 'time_zone' } }));
  const file = join(FIXTURES, 'frab.xml');
  expect(run('import', vault, file).code).toBe(0);
  const note = snapshot(vault).get('Conferences/Gwangju Backend Forum/2025/데이터베이스 샤딩 이야기.md') ?? '';
  expect(note).toContain('\nstart_time: "14:00"\nend_time: "14:30"\n');
  expect(note).toContain('\nsource_id: "b0c1e7d2-0000-4000-8000-000000000013"\n');
  expect(snapshot(vault).get('Conferences/Gwangju Backend Forum/2025/Gwangju Backend Forum 2025.md')).toContain('\ntime_zone: "Asia/Seoul"\n');
  const again = JSON.parse(run('import', vault, file, '--json').out) as Record<string, string[]>;
  expect([again.created, again.updated, again.unchanged.length]).toEqual([[], [], 2]);
});
