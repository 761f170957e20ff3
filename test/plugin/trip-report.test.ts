/**
 * @jest-environment jsdom
 */
import { join } from 'node:path';
import { loadApp, waitFor } from '../fake-obsidian';
import { loadPlugin } from './load-plugin';

const modal = (): HTMLElement => [...document.querySelectorAll<HTMLElement>('.modal')].pop()!;

afterEach(() => document.body.empty());

test('"Export trip report" picks an event and previews its trip report, private talks and callouts left out', async () => {
  const app = loadApp(join(__dirname, '..', 'fixtures', 'trip-vault'));
  const { run } = await loadPlugin(app);
  await run('export-trip-report');
  expect([...modal().querySelectorAll('.conference-notes-hit-label')].map((e) => e.textContent)).toEqual(['FEConf 2024', 'PyCon US 2024']);
  modal().querySelector<HTMLElement>('.conference-notes-hit')!.click();
  await waitFor(() => expect(modal().querySelector('.modal-title')?.textContent).toBe('Export: FEConf 2024 참관기'));
  await waitFor(() => expect(modal().querySelector('.conference-notes-export-body')?.textContent).toContain('시작하며'));
  const body = modal().querySelector('.conference-notes-export-body')!.textContent;
  expect(body).toContain('[12:34](https://youtu.be/RSC2024abcd?t=796)');
  expect(body).toContain('마치며');
  expect(body).not.toMatch(/SECRET-TRIP|사내 비공개 세션/);
});
