/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerRequests, appWith, Notice, waitFor } from '../fake-obsidian';
import { loadPlugin } from './load-plugin';

const FIXTURES = join(__dirname, '..', 'fixtures', 'schedules');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const DIR = 'Conferences/Hanriver DevDays/2024';

/** The notes the CLI made from the same file (approved), by path. */
function approvedNotes(): Map<string, string> {
  const text = readFileSync(join(__dirname, '..', 'approved', 'import-frab-json-notes.md'), 'utf8');
  const out = new Map<string, string>();
  const parts = text.split(/^===== /m).slice(1);
  parts.forEach((part, i) => {
    const at = part.indexOf('\n');
    // Parts are joined with one newline after each note's own last line.
    out.set(part.slice(0, at), i === parts.length - 1 ? part.slice(at + 1) : part.slice(at + 1, -1));
  });
  return out;
}

/** Waits until `condition` holds (waitFor waits for a check that stops throwing). */
const until = (condition: () => boolean): Promise<void> => waitFor(() => expect(condition()).toBe(true));

const modal = (): HTMLElement => [...document.querySelectorAll<HTMLElement>('.modal')].pop()!;
const rows = (): HTMLElement[] => [...modal().querySelectorAll<HTMLElement>('.conference-notes-hit')];
const report = (): string[] => [...modal().querySelectorAll('.conference-notes-import-section')].map((s) => [...s.querySelectorAll('h4, li')].map((e) => e.textContent).join(' | '));
const button = (text: string): HTMLButtonElement => [...modal().querySelectorAll('button')].find((b) => b.textContent === text)!;

async function importFile(run: (id: string) => Promise<void>, path: string): Promise<void> {
  await run('import-programme');
  rows().find((r) => r.textContent === path)!.click();
  await until(() => modal().querySelector('.conference-notes-import-section') !== null);
}

afterEach(() => {
  document.body.empty();
  Notice.shown = [];
});

test('a vault file: the preview lists what will happen, Import writes the same notes as the CLI and opens the event', async () => {
  const app = appWith({ 'Programmes/devdays.json': fixture('frab.json'), 'Programmes/notes.md': '# not a programme\n' });
  // The template the CLI's run used; without one the plugin starts talks in Obsidian's language.
  const { run } = await loadPlugin(app, { defaultTemplate: 'talk-ko' });
  await run('import-programme');
  // Only schedule files are offered, after the URL choice.
  expect(rows().map((r) => r.textContent)).toEqual(['From a URL…', 'Programmes/devdays.json']);
  rows()[1].click();
  await until(() => modal().querySelector('.conference-notes-import-section') !== null);
  expect(modal().querySelector('p')?.textContent).toBe('A new event note Hanriver DevDays 2024 will be created.');
  expect(report()).toEqual([
    'New notes (4) | Opening keynote: rivers of data | 추천 시스템, 처음부터 다시 | Workshop: "quotes", colons: and #hashes | Closing: what we learned',
    'Updated (0)',
    'Unchanged (0)',
    'Skipped, not talks (2) | Coffee break | 점심',
    'No longer in the programme, kept (0)',
  ]);
  expect(app.vault.getFiles().map((f) => f.path)).toEqual(['Programmes/devdays.json', 'Programmes/notes.md']);
  button('Import').click();
  await until(() => Notice.shown.length > 0 && app.workspace.getActiveFile() !== null);
  expect(Notice.shown).toEqual(['Imported: 4 new, 0 updated, 0 unchanged, 2 skipped, 0 withdrawn.']);
  for (const [path, text] of approvedNotes()) expect(await app.vault.read(app.vault.getFileByPath(path)!)).toBe(text);
  expect(app.workspace.getActiveFile()?.path).toBe(`${DIR}/Hanriver DevDays 2024.md`);
});

test('a URL, re-imported after changes: only the owned properties and the callout change, the user text stays', async () => {
  const app = appWith({ 'Programmes/devdays.json': fixture('frab.json') });
  const { run, plugin } = await loadPlugin(app);
  await importFile(run, 'Programmes/devdays.json');
  button('Import').click();
  await until(() => Notice.shown.length > 0);
  await until(() => plugin.indexService.index.sessionsOfEvent('Hanriver DevDays 2024').length === 4);
  const opening = app.vault.getFileByPath(`${DIR}/Opening keynote rivers of data.md`)!;
  await app.vault.process(opening, (text) => text.replace('## 메모\n- \n', '## 메모\n- 내 메모\n'));
  await app.fileManager.processFrontMatter(opening, (fm) => {
    fm.status = 'attended';
    fm.rating = 5;
  });
  await until(() => plugin.indexService.index.session(opening.path)?.status === 'attended');
  const changed = JSON.parse(fixture('frab.json')) as { schedule: { conference: { days: { rooms: Record<string, Record<string, unknown>[]> }[] } } };
  Object.assign(changed.schedule.conference.days[0].rooms['Hall A'][0], { date: '2024-08-30T00:00:00+00:00', abstract: 'Rewritten abstract.' });
  changed.schedule.conference.days[0].rooms['Hall B'] = [];
  answerRequests((url) => (url === 'https://devdays.example.org/schedule.json' ? { status: 200, text: JSON.stringify(changed) } : { status: 404, text: '' }));
  Notice.shown = [];
  await run('import-programme');
  rows()[0].click();
  const input = modal().querySelector<HTMLInputElement>('input[name="url"]')!;
  input.value = 'https://devdays.example.org/schedule.json';
  button('Fetch').click();
  await until(() => modal().querySelector('.conference-notes-import-section') !== null);
  expect(Notice.shown).toEqual([]);
  expect(modal().querySelector('p')?.textContent).toBe('Into the event Hanriver DevDays 2024.');
  expect(report()).toEqual([
    'New notes (0)',
    'Updated (1) | Opening keynote: rivers of data (time, end, abstract)',
    'Unchanged (2) | 추천 시스템, 처음부터 다시 | Closing: what we learned',
    'Skipped, not talks (2) | Coffee break | 점심',
    'No longer in the programme, kept (1) | Workshop: "quotes", colons: and #hashes',
  ]);
  const before = await app.vault.read(opening);
  button('Import').click();
  await until(() => Notice.shown.length > 0);
  expect(Notice.shown).toEqual(['Imported: 0 new, 1 updated, 2 unchanged, 2 skipped, 1 withdrawn.']);
  const after = await app.vault.read(opening);
  const fm = app.metadataCache.getFileCache(opening)?.frontmatter;
  expect(fm).toMatchObject({ time: '09:00', end: '09:45', status: 'attended', rating: 5 });
  // The body: the callout replaced in place, every other byte as it was.
  const body = (text: string): string => text.slice(text.indexOf('\n---\n') + 5);
  expect(body(after)).toBe(body(before).replace(/> \[!abstract\]- Abstract\n(?:>.*\n)*/, '> [!abstract]- Abstract\n> *Why every team ends up with a stream*\n>\n> Rewritten abstract.\n'));
  expect(app.vault.getFileByPath(`${DIR}/Workshop quotes , colons and hashes.md`)).not.toBeNull();
});

test.each([
  ['a file no format fits', 'Programmes/odd.json', '{"neither": 1}', 'Cannot import Programmes/odd.json: unknown schedule format: use --format frab-json, frab-xml, sessionize, ical or csv'],
  ['a broken calendar', 'Programmes/broken.ics', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\n', 'Cannot import Programmes/broken.ics: not readable as iCalendar'],
])('%s: a notice, no modal, nothing written', async (_name, path, text, message) => {
  const app = appWith({ [path]: text });
  const { run } = await loadPlugin(app);
  await run('import-programme');
  rows()[1].click();
  await until(() => Notice.shown.length > 0);
  expect(Notice.shown[0].startsWith(message)).toBe(true);
  expect(document.querySelectorAll('.modal')).toHaveLength(0);
  expect(app.vault.getFiles()).toHaveLength(1);
});

test('a URL that fails is a notice', async () => {
  const { run } = await loadPlugin(appWith({}));
  answerRequests(() => ({ status: 500, text: '' }));
  await run('import-programme');
  rows()[0].click();
  modal().querySelector<HTMLInputElement>('input[name="url"]')!.value = 'https://example.org/x.ics';
  button('Fetch').click();
  await until(() => Notice.shown.length > 0);
  expect(Notice.shown).toEqual(['Cannot import https://example.org/x.ics: Request failed, status 500']);
});

test('a programme without a title: the event is named in the preview, which plans again', async () => {
  const app = appWith({ 'Programmes/talks.tsv': fixture('programme.tsv') });
  const { run } = await loadPlugin(app);
  await importFile(run, 'Programmes/talks.tsv');
  expect(modal().querySelector('p')?.textContent).toBe('A new event note Imported programme will be created.');
  const input = modal().querySelector<HTMLInputElement>('input[name="event"]')!;
  input.value = 'PyCon Example 2025';
  input.dispatchEvent(new Event('change'));
  await until(() => modal().querySelector('p')?.textContent === 'A new event note PyCon Example 2025 will be created.');
  expect(report()[0]).toBe('New notes (2) | Rust for data pipelines | Quoted, title');
  button('Import').click();
  await until(() => Notice.shown.length > 0);
  expect(app.workspace.getActiveFile()?.path).toBe('Conferences/PyCon Example/2025/PyCon Example 2025.md');
  expect(app.vault.getFileByPath('Conferences/PyCon Example/2025/Rust for data pipelines.md')).not.toBeNull();
});
