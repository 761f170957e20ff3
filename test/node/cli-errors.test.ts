/** Bad input and failing disks: one clear line on stderr, the documented exit code, never a stack trace. */
import fs, { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import nodePath, { join, resolve } from 'node:path';
import { pathOnDisk, type DiskIo } from '../../src/core/export/disk-writer';
import * as lintModule from '../../src/core/index/lint';
import { SAMPLE_VAULT } from '../helpers';
import { run, runWith, STACK_LINE } from './run-cli';

const FDS = 'Conferences/if(kakao)/2019/금융사기 잡는 카카오뱅크의 데이터 사이언스.md';
const SESSION = ['--session', FDS, '--profile', 'markdown'];

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'cn-errors-'));
}

function copyVault(): string {
  const dir = join(scratch(), 'vault');
  cpSync(SAMPLE_VAULT, dir, { recursive: true });
  return dir;
}

describe('bad input: the exact line and exit code', () => {
  const dir = scratch();
  const file = join(dir, 'a-file.txt');
  writeFileSync(file, 'not a folder');
  const cases: [string, string[], number, string][] = [
    ['--out names a file', ['export', SAMPLE_VAULT, ...SESSION, '--out', file], 1, `--out must name a folder, and ${file} is a file`],
    ['--out goes through a file', ['export', SAMPLE_VAULT, ...SESSION, '--out', join(file, 'posts')], 1, `cannot create folder ${join(file, 'posts')}: a file stands where a folder is needed`],
    ['an unknown event to export', ['export', SAMPLE_VAULT, '--event', 'PyCon 1999', '--profile', 'markdown'], 1, 'unknown event "PyCon 1999"'],
    ['an unknown event for a new note', ['new', SAMPLE_VAULT, '--event', 'PyCon 1999', '--title', 'x'], 1, 'unknown event "PyCon 1999": no event note has that name or alias'],
    ['the vault is missing', ['lint', join(dir, 'nope')], 1, `vault not found: ${join(dir, 'nope')}`],
    ['the vault is a file', ['index', file], 1, `not a folder: ${file}`],
  ];
  test.each(cases)('%s', (_, argv, code, line) => {
    const result = run(...argv);
    expect(result).toEqual({ code, out: '', err: `conference-notes: ${line}\n` });
  });

  const usage: [string, string[], string][] = [
    ['a time past midnight', ['new', SAMPLE_VAULT, '--event', 'DEVIEW 2019', '--title', 'x', '--time', '24:01'], '--time takes HH:MM (00:00 to 23:59), not "24:01"'],
    ['an impossible time', ['new', SAMPLE_VAULT, '--event', 'DEVIEW 2019', '--title', 'x', '--time', '99:99'], '--time takes HH:MM (00:00 to 23:59), not "99:99"'],
    ['day zero', ['export', SAMPLE_VAULT, '--event', 'if(kakao) 2019', '--day', '0', '--profile', 'markdown'], '--day takes a whole number from 1, not "0"'],
    ['an option without its value', ['new', SAMPLE_VAULT, '--event'], "Option '--event <value>' argument missing"],
  ];
  test.each(usage)('%s (usage, exit 2)', (_, argv, line) => {
    const result = run(...argv);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')[0]).toBe(`conference-notes: ${line}`);
    expect(result.err).toMatch(/^usage: conference-notes/m);
  });
});

describe('writing where --out says', () => {
  const disk: DiskIo = { fs, path: nodePath };
  test.each([
    ['/', 'posts/a.md', '/posts/a.md'],
    ['/', '../a.md', '/a.md'],
    ['/out', 'posts/a.md', '/out/posts/a.md'],
    ['out', 'a.md', resolve('out', 'a.md')],
    ['/out', 'a/../b.md', '/out/b.md'],
  ])('--out %s, %s → %s', (out, path, expected) => {
    expect(pathOnDisk(disk, out, path)).toBe(expected);
  });

  test.each([
    ['/out', '../escape.md'],
    ['/out', '/etc/passwd'],
    ['/out', 'a/../../escape.md'],
    ['/out', ''],
    ['/out', '.'],
  ])('--out %s, %s is refused', (out, path) => {
    expect(() => pathOnDisk(disk, out, path)).toThrow(`refusing to write outside ${out}: ${path}`);
  });
});

describe('folders and files that fail while the vault is read', () => {
  afterEach(() => jest.restoreAllMocks());

  test('an unreadable folder is a problem; the rest of the vault is read', () => {
    const vault = copyVault();
    const real = fs.readdirSync;
    jest.spyOn(fs, 'readdirSync').mockImplementation(((path: fs.PathLike, options?: unknown) => {
      if (String(path).endsWith(join('Conferences', 'DEVIEW'))) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', syscall: 'scandir', path: String(path) });
      return real(path, options as { withFileTypes: true });
    }) as typeof fs.readdirSync);
    const result = run('index', vault, '--json');
    expect([result.code, result.err]).toEqual([0, '']);
    const data = JSON.parse(result.out) as { sessions: { path: string }[]; problems: { path: string; message: string }[] };
    expect(data.problems).toContainEqual({ path: 'Conferences/DEVIEW', message: 'cannot read folder: permission denied' });
    expect(data.sessions.some((s) => s.path.startsWith('Conferences/DEVIEW/'))).toBe(false);
    expect(data.sessions.some((s) => s.path.startsWith('Conferences/if(kakao)/'))).toBe(true);
  });

  test('a file removed between listing and reading is a problem, and lint says so with exit 1', () => {
    const vault = copyVault();
    const real = fs.readdirSync;
    // The listing still names a note that is gone by the time it is read.
    jest.spyOn(fs, 'readdirSync').mockImplementation(((path: fs.PathLike, options?: unknown) => {
      const entries = real(path, options as { withFileTypes: true });
      if (resolve(String(path)) !== resolve(vault)) return entries;
      const ghost = Object.assign(Object.create(Object.getPrototypeOf(entries[0]) as object) as fs.Dirent, { name: 'Gone.md', isFile: () => true, isDirectory: () => false, isSymbolicLink: () => false });
      return [...entries, ghost];
    }) as typeof fs.readdirSync);
    const result = run('lint', vault);
    expect(result.code).toBe(1);
    expect(result.err).toBe('');
    expect(result.out.split('\n')).toContain('Gone.md: cannot read: no such file or folder');
  });

  test('a folder that vanishes while listed is a problem', () => {
    const vault = copyVault();
    const real = fs.readdirSync;
    jest.spyOn(fs, 'readdirSync').mockImplementation(((path: fs.PathLike, options?: unknown) => {
      if (String(path).endsWith('Speakers')) throw Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT', syscall: 'scandir', path: String(path) });
      return real(path, options as { withFileTypes: true });
    }) as typeof fs.readdirSync);
    const data = JSON.parse(run('index', vault, '--json').out) as { problems: { path: string; message: string }[] };
    expect(data.problems).toContainEqual({ path: 'Speakers', message: 'cannot read folder: no such file or folder' });
  });
});

describe('an unexpected error is one line, exit 1; the stack only on request', () => {
  afterEach(() => jest.restoreAllMocks());

  test.each<[string, () => unknown, string]>([
    ['a bug', () => new TypeError("Cannot read properties of undefined (reading 'x')"), "internal error: Cannot read properties of undefined (reading 'x') (set CONFERENCE_NOTES_DEBUG=1 to see where)"],
    ['a disk error', () => Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', syscall: 'read' }), 'cannot read: i/o error, read'],
    ['a full disk', () => Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', syscall: 'write', path: '/x/post.md' }), 'cannot write /x/post.md: no space left on the device'],
    ['a thrown string', () => 'odd', 'internal error: odd (set CONFERENCE_NOTES_DEBUG=1 to see where)'],
  ])('%s', (_, error, line) => {
    jest.spyOn(lintModule, 'lint').mockImplementation(() => {
      throw error();
    });
    const quiet = run('lint', SAMPLE_VAULT);
    expect(quiet).toEqual({ code: 1, out: '', err: `conference-notes: ${line}\n` });
    const loud = runWith({ CONFERENCE_NOTES_DEBUG: '1' }, 'lint', SAMPLE_VAULT);
    expect(loud.code).toBe(1);
    expect(loud.err.split('\n')[0]).toBe(`conference-notes: ${line}`);
    expect(STACK_LINE.test(loud.err)).toBe(error() instanceof Error);
  });
});

describe('lint exits 1 when it finds problems', () => {
  test('the sample vault has deliberate problems', () => {
    const result = run('lint', SAMPLE_VAULT, '--json');
    expect(result.code).toBe(1);
    expect((JSON.parse(result.out) as unknown[]).length).toBeGreaterThan(0);
    expect(result.err).toBe('');
  });

  test('a clean vault exits 0', () => {
    const vault = join(scratch(), 'clean');
    mkdirSync(join(vault, 'Talks'), { recursive: true });
    writeFileSync(join(vault, 'DEVIEW 2019.md'), '---\ntype: event\nstart: 2019-10-28\n---\n');
    writeFileSync(join(vault, 'Talks', 'a.md'), '---\ntype: session\nevent: "[[DEVIEW 2019]]"\ndate: 2019-10-28\ntime: "10:00"\n---\n');
    expect(run('lint', vault)).toEqual({ code: 0, out: 'No problems found.\n', err: '' });
  });

  test('impossible dates and times are problems', () => {
    const vault = join(scratch(), 'dates');
    mkdirSync(vault);
    writeFileSync(join(vault, 'DEVIEW 2019.md'), '---\ntype: event\nstart: 2019-02-30\n---\n');
    writeFileSync(join(vault, 'a.md'), '---\ntype: session\nevent: "[[DEVIEW 2019]]"\ntime: "24:01"\n---\n');
    expect(run('lint', vault)).toEqual({
      code: 1,
      out: ['DEVIEW 2019.md: "start" should be a date like 2019-08-30, not "2019-02-30"', 'a.md: "time" should be a time like 13:00, not "24:01"', ''].join('\n'),
      err: '',
    });
  });
});

test('a template with {{date:}} writes the date instead of failing', () => {
  const vault = copyVault();
  mkdirSync(join(vault, 'Templates', 'Conference notes'), { recursive: true });
  writeFileSync(join(vault, 'Templates', 'Conference notes', 'dated.md'), '---\ntags: [talk]\n---\n# {{title}}\n{{date:}} {{date:[}}\n');
  const result = run('new', vault, '--event', 'DEVIEW 2019', '--day', '1', '--title', 'Dated', '--template', 'dated');
  expect([result.code, result.err]).toEqual([0, '']);
  expect(readFileSync(join(vault, result.out.trim()), 'utf8')).toMatch(/\n# Dated\n2019-10-28 \n$/);
});
