/**
 * @jest-environment jsdom
 */
import { join } from 'node:path';
import { loadApp, waitFor } from '../fake-obsidian';
import { runCli } from '../../src/node/cli/run';
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

test('Obsidian\'s CLI prints the same trip report as the Node CLI', async () => {
  const vault = join(__dirname, '..', 'fixtures', 'trip-vault');
  const { plugin } = await loadPlugin(loadApp(vault));
  const handlers = (plugin as unknown as { cliHandlers: Map<string, { handler: (p: Record<string, string>) => string | Promise<string> }> }).cliHandlers;
  const printed = await handlers.get('conference-notes:export')!.handler({ event: 'PyCon US 2024', 'trip-report': 'true', profile: 'markdown' });
  let out = '';
  runCli(['export', vault, '--event', 'PyCon US 2024', '--trip-report', '--profile', 'markdown'], { out: (t) => (out += t), err: (t) => (out += t) });
  expect(printed).toBe(out);
  expect(printed).toContain('## Wrapping up');
});
