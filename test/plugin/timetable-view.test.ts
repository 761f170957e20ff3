/**
 * @jest-environment jsdom
 */
import { TIMETABLE_VIEW } from '../../src/core/schedule/programme-base';
import { appWith, basesViews, setApiVersion, waitFor, type App as FakeApp } from '../fake-obsidian';
import { CONFERENCE_DAY_FILES } from '../core/conference-day';
import { loadPlugin } from './load-plugin';

/** A query result as Bases hands it over: entries with a file and property values. */
function entry(path: string, props: Record<string, string>): unknown {
  const value = (v: string | undefined): unknown => ({ isTruthy: () => v !== undefined && v !== '', toString: () => v ?? 'null' });
  return { file: { path, basename: path.replace(/^.*\//, '').replace(/\.md$/, '') }, getValue: (id: string) => value(props[id.replace(/^note\./, '')]) };
}

afterEach(() => {
  setApiVersion('1.8.7');
  basesViews.clear();
});

test.each([
  ['1.8.7', false],
  ['1.9.10', false],
  ['1.10.0', true],
  ['1.12.3', true],
])('Obsidian %s: the timetable view is registered: %s; the plugin loads either way', async (version, registered) => {
  setApiVersion(version);
  const { run } = await loadPlugin(appWith(CONFERENCE_DAY_FILES));
  expect(basesViews.has(TIMETABLE_VIEW)).toBe(registered);
  await run('open-agenda');
});

test('the timetable draws days × tracks from the query result, a keynote in its own column; a click opens the talk', async () => {
  setApiVersion('1.10.0');
  const app: FakeApp = appWith(CONFERENCE_DAY_FILES);
  await loadPlugin(app);
  const el = createDiv();
  const view = basesViews.get(TIMETABLE_VIEW)!.factory({ app }, el) as { data: unknown; onDataUpdated(): void };
  view.data = {
    data: [
      entry('Conferences/DevCon/2026/keynote.md', { date: '2026-11-24', time: '09:30', end: '10:00', status: 'attended' }),
      entry('Conferences/DevCon/2026/search.md', { date: '2026-11-24', time: '10:00', track: 'Track 1', title: '검색 랭킹 개선기' }),
      entry('Conferences/DevCon/2026/k8s.md', { date: '2026-11-24', time: '10:00', track: 'Track 2', status: 'planned' }),
      entry('Conferences/DevCon/2026/day2.md', { day: '2', time: '10:00', track: 'Track 1' }),
      entry('Conferences/DevCon/2026/lightning.md', { date: '2026-11-24', track: 'Track 1' }),
    ],
  };
  view.onDataUpdated();
  const tables = [...el.querySelectorAll('h3')].map((h) => {
    const table = h.nextElementSibling!;
    return [h.textContent, ...[...table.querySelectorAll('tr')].map((r) => [...r.children].map((c) => c.textContent).join(' | '))];
  });
  expect(tables).toEqual([
    ['2026-11-24', ' | All tracks | Track 1 | Track 2', '09:30 | keynote |  | ', '10:00 |  | 검색 랭킹 개선기 | k8s', 'No time |  | lightning | '],
    ['day 2', ' | Track 1', '10:00 | day2'],
  ]);
  expect(el.querySelector('.is-planned')?.textContent).toBe('k8s');
  el.querySelector<HTMLElement>('.is-planned')!.click();
  await waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe('Conferences/DevCon/2026/k8s.md'));
});
