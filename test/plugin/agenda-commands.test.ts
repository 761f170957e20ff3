/**
 * @jest-environment jsdom
 */
import { parse } from 'yaml';
import { withDefaults } from '../../src/core/note/settings';
import type ConferenceNotesPlugin from '../../src/main';
import { clock } from '../../src/plugin/clock';
import type { ConferenceNotesSettingTab } from '../../src/plugin/settings-tab';
import { appWith, Notice, setLanguage, waitFor, type App as FakeApp } from '../fake-obsidian';
import { CONFERENCE_DAY_FILES } from '../core/conference-day';
import { loadPlugin } from './load-plugin';

interface Loaded {
  app: FakeApp;
  plugin: ConferenceNotesPlugin;
  run: (id: string) => Promise<void>;
  setNow: (t: number) => void;
}

async function load(at: number): Promise<Loaded> {
  let now = at;
  clock.now = () => now;
  const app = appWith(CONFERENCE_DAY_FILES);
  const loaded = await loadPlugin(app);
  return { app, ...loaded, setNow: (t) => (now = t) };
}

const hits = (): string[] => [...document.querySelectorAll('.modal .conference-notes-hit')].map((r) => [...r.children].map((c) => c.textContent).join(' | '));
const active = (app: FakeApp): string | undefined => app.workspace.getActiveFile()?.basename;

beforeEach(() => {
  Notice.shown = [];
  document.body.empty();
});

afterEach(() => {
  clock.now = () => Date.now();
  setLanguage('en');
  jest.useRealTimers();
});

test.each([
  ['Seoul 10:15', '2026-11-24T01:15:00Z', 'open-talk-now', 'k8s', []],
  ['Seoul 10:15', '2026-11-24T01:15:00Z', 'open-next-talk', 'fds', []],
  ['Seoul 00:10, across midnight', '2026-11-24T15:10:00Z', 'open-talk-now', 'night', []],
  ['LA 09:20, two parallel talks', '2026-11-24T17:20:00Z', 'open-talk-now', undefined, ['Edge functions | 09:00 · Hall A · WebConf 2026', 'Modern CSS | 09:00 · Hall B · WebConf 2026']],
  ['Seoul 00:10, two talks start next in LA', '2026-11-24T15:10:00Z', 'open-next-talk', undefined, ['Edge functions | 09:00 · Hall A · WebConf 2026', 'Modern CSS | 09:00 · Hall B · WebConf 2026']],
])('%s (%s): %s opens %s, or asks among %j', async (_name, iso, command, opened, asked) => {
  const { app, run } = await load(Date.parse(iso));
  await run(command);
  await waitFor(() => expect([active(app), hits()]).toEqual([opened, asked]));
  if (asked.length === 0) return;
  document.querySelector<HTMLElement>('.modal .conference-notes-hit')!.click();
  await waitFor(() => expect(active(app)).toBe('edge'));
});

test.each([
  ['open-talk-now', 'No talk is on now.'],
  ['open-next-talk', 'No talk comes next.'],
])('no event on: %s says so', async (command, message) => {
  const { app, run } = await load(Date.parse('2027-01-01T00:00:00Z'));
  await run(command);
  expect([active(app), Notice.shown]).toEqual([undefined, [message]]);
});

test('the notice: off by default; on, once per planned talk a few minutes before, never twice', async () => {
  jest.useFakeTimers({ doNotFake: ['setTimeout', 'clearTimeout', 'nextTick', 'setImmediate', 'queueMicrotask', 'Date', 'performance'] });
  const { plugin, setNow } = await load(Date.parse('2026-11-24T00:56:00Z'));
  jest.advanceTimersByTime(30_000);
  expect(Notice.shown).toEqual([]);
  plugin.settings.agendaNotice = true;
  jest.advanceTimersByTime(30_000);
  expect(Notice.shown).toEqual(['Kubernetes at scale starts at 10:00 (Track 2)']);
  for (const iso of ['2026-11-24T00:57:00Z', '2026-11-24T00:59:30Z']) {
    setNow(Date.parse(iso));
    jest.advanceTimersByTime(30_000);
  }
  expect(Notice.shown).toHaveLength(1);
  // Ten minutes before with the setting at fifteen: another planned talk, told once too.
  plugin.settings.agendaNoticeMinutes = 15;
  await plugin.app.vault.process(plugin.app.vault.getFileByPath('Conferences/DevCon/2026/ocr.md')!, (text) => text.replace('type: "session"', 'type: "session"\nstatus: planned'));
  await waitFor(() => expect(plugin.indexService.index.session('Conferences/DevCon/2026/ocr.md')?.status).toBe('planned'));
  setNow(Date.parse('2026-11-24T01:50:00Z'));
  jest.advanceTimersByTime(60_000);
  expect(Notice.shown).toEqual(['Kubernetes at scale starts at 10:00 (Track 2)', 'OCR 엔진 starts at 11:00 (Track 2)']);
});

test('the notice settings, in the 1.13 definitions and display(), read back with defaults for bad values', async () => {
  const { plugin } = await load(Date.parse('2026-11-24T00:56:00Z'));
  const tab = (plugin as unknown as { settingTabs: ConferenceNotesSettingTab[] }).settingTabs[0];
  const group = tab.getSettingDefinitions().find((g) => g.heading === 'Conference day')!;
  expect(group.items.map((i) => [i.name, i.control.type, i.control.key])).toEqual([
    ['Notice before planned talks', 'toggle', 'agendaNotice'],
    ['Minutes before', 'text', 'agendaNoticeMinutes'],
  ]);
  tab.display();
  const toggle = [...tab.containerEl.querySelectorAll('.setting-item')].find((s) => s.textContent?.startsWith('Notice before planned talks'))!.querySelector('input')!;
  expect(toggle.checked).toBe(false);
  toggle.checked = true;
  toggle.dispatchEvent(new Event('change'));
  expect(plugin.settings.agendaNotice).toBe(true);
  tab.setControlValue('agendaNoticeMinutes', '10');
  expect([plugin.settings.agendaNoticeMinutes, tab.getControlValue('agendaNoticeMinutes')]).toEqual([10, '10']);
  tab.setControlValue('agendaNoticeMinutes', '0');
  expect(plugin.settings.agendaNoticeMinutes).toBe(5);
  expect([withDefaults({ agendaNotice: 'yes', agendaNoticeMinutes: 500 } as never).agendaNotice, withDefaults({ agendaNoticeMinutes: 500 }).agendaNoticeMinutes]).toEqual([false, 5]);
});

test('the programme base: written next to the event note from a session or the event note, opened, never replaced', async () => {
  const { app, run } = await load(Date.parse('2026-11-24T00:56:00Z'));
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Conferences/DevCon/2026/k8s.md')!);
  await run('create-programme-base');
  const path = 'Conferences/DevCon/2026/DevCon 2026 programme.base';
  await waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe(path));
  const text = await app.vault.read(app.vault.getFileByPath(path)!);
  expect((parse(text) as { views: { type: string }[] }).views.map((v) => v.type)).toEqual(['table', 'table', 'conference-notes-timetable']);
  expect([app.workspace.getActiveFile()?.path, Notice.shown]).toEqual([path, [`Created ${path}`]]);
  await app.vault.modify(app.vault.getFileByPath(path)!, `${text}# mine\n`);
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Conferences/DevCon/2026/DevCon 2026.md')!);
  await run('create-programme-base');
  await waitFor(() => expect(Notice.shown).toHaveLength(2));
  expect(await app.vault.read(app.vault.getFileByPath(path)!)).toBe(`${text}# mine\n`);
  expect(Notice.shown[1]).toBe(`${path} already exists: opened it unchanged.`);
});
