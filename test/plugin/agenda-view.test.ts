/**
 * @jest-environment jsdom
 */
import { AGENDA_VIEW, type AgendaView } from '../../src/plugin/agenda-view';
import { clock } from '../../src/plugin/clock';
import { appWith, Menu, setLanguage, waitFor, type App as FakeApp } from '../fake-obsidian';
import { CONFERENCE_DAY_FILES } from '../core/conference-day';
import { loadPlugin } from './load-plugin';

const SEOUL_1015 = Date.parse('2026-11-24T01:15:00Z');
const K8S = 'Conferences/DevCon/2026/k8s.md';
const SEARCH = 'Conferences/DevCon/2026/search.md';

/** The plugin over the conference-day vault with the clock at `at`, the agenda open. */
async function load(at: number): Promise<{ app: FakeApp; view: () => AgendaView; setNow: (t: number) => void }> {
  let now = at;
  clock.now = () => now;
  const app = appWith(CONFERENCE_DAY_FILES);
  const { run } = await loadPlugin(app);
  await run('open-agenda');
  const view = (): AgendaView => app.workspace.getLeavesOfType(AGENDA_VIEW)[0].view as unknown as AgendaView;
  return { app, view, setNow: (t) => (now = t) };
}
const rows = (view: AgendaView): string[] => [...view.contentEl.querySelectorAll('.conference-notes-row')].map((r) => [...r.querySelectorAll('span, button')].map((c) => c.textContent).filter((x) => x).join(' | '));
const rowOf = (view: AgendaView, title: string): HTMLElement => [...view.contentEl.querySelectorAll<HTMLElement>('.conference-notes-talk')].find((r) => r.textContent?.includes(title))!;
const frontMatter = async (app: FakeApp, path: string): Promise<string> => (await app.vault.read(app.vault.getFileByPath(path)!)).split('---')[1];

afterEach(() => {
  clock.now = () => Date.now();
  setLanguage('en');
  jest.useRealTimers();
});

test('today while the event is on: talks by time and track, the planned one now and the next one marked', async () => {
  const { view } = await load(SEOUL_1015);
  const bar = view().contentEl.querySelector('.conference-notes-agenda-bar')!;
  expect(bar.textContent).toBe('DevCon 2026Day 1 · 2026-11-24Today');
  expect(rows(view()).slice(0, 6)).toEqual([
    '09:30',
    'Opening keynote | Attended | 09:30–10:00 | All tracks | 김하나 | ✓ | ✕',
    '10:00',
    '검색 랭킹 개선기 | 10:00 | Track 1 | 이두리 | ✓ | ✕',
    'Now | Kubernetes at scale | Planned | 10:00–10:45 | Track 2 | ✓ | ✕',
    '10:40',
  ]);
  expect(rowOf(view(), '이상거래 탐지').classList.contains('is-next')).toBe(true);
  expect(rowOf(view(), 'Kubernetes').classList.contains('is-now')).toBe(true);
});

test('each minute while shown, now and next follow the clock; a hidden pane waits', async () => {
  jest.useFakeTimers({ doNotFake: ['setTimeout', 'clearTimeout', 'nextTick', 'setImmediate', 'queueMicrotask', 'Date', 'performance'] });
  const { app, view, setNow } = await load(SEOUL_1015);
  setNow(Date.parse('2026-11-24T01:50:00Z'));
  jest.advanceTimersByTime(60_000);
  await waitFor(() => expect(rowOf(view(), '이상거래 탐지').classList.contains('is-now')).toBe(true));
  expect(rowOf(view(), 'OCR 엔진').classList.contains('is-next')).toBe(true);
  const leaf = app.workspace.getLeavesOfType(AGENDA_VIEW)[0];
  leaf.setVisible(false);
  setNow(Date.parse('2026-11-24T02:30:00Z'));
  jest.advanceTimersByTime(60_000);
  // Hidden: the tick only marks the pane stale, no draw is even scheduled.
  expect((view() as unknown as { timer?: number }).timer).toBeUndefined();
  expect(rowOf(view(), '이상거래 탐지').classList.contains('is-now')).toBe(true);
  leaf.setVisible(true);
  await waitFor(() => expect(rowOf(view(), 'OCR 엔진').classList.contains('is-now')).toBe(true));
});

test('plan and skip buttons write the status through processFrontMatter and toggle it off; the pane redraws', async () => {
  const { app, view } = await load(SEOUL_1015);
  const process = jest.spyOn(app.fileManager, 'processFrontMatter');
  rowOf(view(), '검색 랭킹').querySelector<HTMLElement>('[aria-label="Plan to attend"]')!.click();
  await waitFor(() => expect(rowOf(view(), '검색 랭킹').textContent).toContain('Planned'));
  expect(await frontMatter(app, SEARCH)).toContain('status: planned');
  // Two planned talks at once: both are yours, both are on.
  expect(rowOf(view(), '검색 랭킹').classList.contains('is-now')).toBe(true);
  rowOf(view(), 'Kubernetes').querySelector<HTMLElement>('[aria-label="Plan to attend"]')!.click();
  await waitFor(() => expect(rowOf(view(), 'Kubernetes').textContent).not.toContain('Planned'));
  expect(await frontMatter(app, K8S)).not.toContain('status');
  rowOf(view(), 'Kubernetes').querySelector<HTMLElement>('[aria-label="Skip"]')!.click();
  await waitFor(() => expect(rowOf(view(), 'Kubernetes').textContent).toContain('Skipped'));
  expect(process).toHaveBeenCalledTimes(3);
  expect(await app.vault.read(app.vault.getFileByPath(K8S)!)).toContain('# Kubernetes at scale');
});

test('keyboard: arrows select talks, P plans, S skips, Enter opens; the menu offers plan, skip and clear', async () => {
  const { app, view } = await load(SEOUL_1015);
  const list = view().contentEl.querySelector<HTMLElement>('.conference-notes-scroll')!;
  expect(list.tabIndex).toBe(0);
  const key = (k: string, init: KeyboardEventInit = {}): boolean => list.dispatchEvent(new KeyboardEvent('keydown', { key: k, cancelable: true, ...init }));
  key('ArrowDown');
  key('ArrowDown');
  expect(view().contentEl.querySelector('.is-selected')?.textContent).toContain('검색 랭킹');
  // The focus stays on the list, which names the selected talk for screen readers.
  const selected = view().contentEl.querySelector('[role="option"][aria-selected="true"]')!;
  expect([list.getAttribute('role'), list.getAttribute('aria-activedescendant')]).toEqual(['listbox', selected.id]);
  key('p');
  await waitFor(() => expect(rowOf(view(), '검색 랭킹').textContent).toContain('Planned'));
  expect(await frontMatter(app, SEARCH)).toContain('status: planned');
  key('s');
  await waitFor(() => expect(rowOf(view(), '검색 랭킹').textContent).toContain('Skipped'));
  expect(await frontMatter(app, SEARCH)).toContain('status: skipped');
  key('F10', { shiftKey: true });
  expect(Menu.last?.items.map((i) => i.title)).toEqual(['Open in new tab', 'Plan to attend', 'Skip', 'Clear status']);
  key('Enter');
  await waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe(SEARCH));
});

test('the day switcher walks the event days; Today comes back; the Korean interface', async () => {
  setLanguage('ko');
  const { view } = await load(SEOUL_1015);
  const buttons = [...view().contentEl.querySelectorAll<HTMLElement>('.conference-notes-agenda-bar button')];
  buttons.find((b) => b.getAttribute('aria-label') === '다음 날')!.click();
  expect(view().contentEl.querySelector('.conference-notes-agenda-day')?.textContent).toBe('2일차 · 2026-11-25');
  expect(rows(view())).toEqual(['10:00', 'Day two opener | 10:00 | Track 1 | ✓ | ✕']);
  buttons.find((b) => b.getAttribute('aria-label') === '다음 날')!.click();
  expect(view().contentEl.querySelector('.conference-notes-agenda-day')?.textContent).toBe('2일차 · 2026-11-25');
  buttons.find((b) => b.textContent === '오늘')!.click();
  expect(view().contentEl.querySelector('.conference-notes-agenda-day')?.textContent).toBe('1일차 · 2026-11-24');
  expect(rowOf(view(), 'Kubernetes').textContent).toContain('지금');
});

test('no event on: the latest event opens on its first day, nothing marked', async () => {
  const { view } = await load(Date.parse('2027-03-01T00:00:00Z'));
  expect(view().contentEl.querySelector('.conference-notes-agenda-day')?.textContent).toBe('Day 1 · 2026-11-24');
  expect(view().contentEl.querySelectorAll('.is-now, .is-next')).toHaveLength(0);
});

test('no event on: the event of the note being read opens on its first day; the event button picks another', async () => {
  clock.now = () => Date.parse('2027-03-01T00:00:00Z');
  const app = appWith(CONFERENCE_DAY_FILES);
  const { run } = await loadPlugin(app);
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Conferences/WebConf/2026/css.md')!);
  await run('open-agenda');
  const view = app.workspace.getLeavesOfType(AGENDA_VIEW)[0].view as unknown as AgendaView;
  expect(view.contentEl.querySelector('.conference-notes-agenda-event')?.textContent).toBe('WebConf 2026');
  expect(rows(view)).toEqual(['09:00', 'Edge functions | 09:00–09:50 | Hall A | ✓ | ✕', 'Modern CSS | 09:00–09:50 | Hall B | ✓ | ✕']);
  view.contentEl.querySelector<HTMLElement>('.conference-notes-agenda-event')!.click();
  const pick = [...document.querySelectorAll<HTMLElement>('.modal .conference-notes-hit')];
  expect(pick.map((p) => p.textContent)).toEqual(['DevCon 20262026-11-24', 'WebConf 20262026-11-24']);
  pick[0].click();
  expect(view.contentEl.querySelector('.conference-notes-agenda-bar')?.textContent).toBe('DevCon 2026Day 1 · 2026-11-24Today');
});
