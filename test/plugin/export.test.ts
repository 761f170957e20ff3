/**
 * @jest-environment jsdom
 */
import { loadApp, waitFor, type App as FakeApp } from '../fake-obsidian';
import { SAMPLE_VAULT } from '../helpers';
import { loadPlugin } from './load-plugin';

const FDS_2019 = 'Conferences/if(kakao)/2019/금융사기 잡는 카카오뱅크의 데이터 사이언스.md';

async function load(): Promise<{ app: FakeApp; run: (id: string) => Promise<void> }> {
  const app = loadApp(SAMPLE_VAULT);
  return { app, ...(await loadPlugin(app)) };
}

/** The modal opened last. */
const modal = (): HTMLElement => [...document.querySelectorAll<HTMLElement>('.modal')].pop()!;
const button = (text: string): HTMLButtonElement => [...modal().querySelectorAll('button')].find((b) => b.textContent?.startsWith(text))!;

afterEach(() => document.body.empty());

test('export this session: preview first, then save to the export folder, asking before replacing', async () => {
  const { app, run } = await load();
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(FDS_2019)!);
  await run('export-session');
  await waitFor(() => expect(modal().querySelector('.modal-title')?.textContent).toBe('Export: 금융사기 잡는 카카오뱅크의 데이터 사이언스'));
  const profile = modal().querySelector('select')!;
  profile.value = 'hugo';
  profile.dispatchEvent(new Event('change'));
  await waitFor(() => expect(modal().querySelector('.conference-notes-export-body')?.textContent).toContain('지도학습'));
  button('Source').click();
  await waitFor(() => expect(modal().querySelector('pre')?.textContent).toMatch(/^---\ntitle: "금융사기 잡는 카카오뱅크의 데이터 사이언스"/));
  button('Save to Exports').click();
  const post = 'Exports/금융사기-잡는-카카오뱅크의-데이터-사이언스/index.md';
  await waitFor(() => expect(app.vault.getFileByPath('Exports/금융사기-잡는-카카오뱅크의-데이터-사이언스/fds-파이프라인.png')).not.toBeNull());
  expect(await app.vault.read(app.vault.getFileByPath(post)!)).toContain('<mark>핵심: 룰 + 지도학습 + 비지도 점수를 함께 쓴다</mark>');

  // Again: the first click only asks.
  await run('export-session');
  await waitFor(() => expect(button('Source')).toBeDefined());
  button('Source').click();
  const profileAgain = modal().querySelector('select')!;
  profileAgain.value = 'hugo';
  profileAgain.dispatchEvent(new Event('change'));
  // Wait for the Hugo version (no Jekyll layout line) before saving.
  await waitFor(() => expect(modal().querySelector('pre')?.textContent).toMatch(/^---\ntitle:/));
  button('Save to Exports').click();
  await waitFor(() => expect(button('Replace 2 existing files')).toBeDefined());
  expect(document.body.contains(modal())).toBe(true);
});

test('export this event day copies Markdown and HTML for Tistory', async () => {
  const { app, run } = await load();
  const copied: string[] = [];
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: (t: string) => Promise.resolve(void copied.push(t)) }, configurable: true });
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(FDS_2019)!);
  await run('export-event-day');
  await waitFor(() => expect(modal().querySelector('.modal-title')?.textContent).toMatch(/if\(kakao\) 2019 (2일차 후기|day 2 recap)/));
  const profile = modal().querySelector('select')!;
  profile.value = 'tistory';
  profile.dispatchEvent(new Event('change'));
  await waitFor(() => expect(button('Copy HTML')).toBeDefined());
  button('Copy Markdown').click();
  button('Copy HTML').click();
  await waitFor(() => expect(copied).toHaveLength(2));
  expect(copied[0]).toMatch(/^<a id="talk-1"><\/a>|^## /m);
  expect(copied[1]).toContain('<h2>추천 시스템 A to Z (카카오 추천 팀의 3년)</h2>');
  expect(copied.join('')).not.toContain('GAN으로 만드는 캐릭터 이미지');
});

test('a private session says so instead of exporting', async () => {
  const { app, run } = await load();
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Conferences/if(kakao)/2019/GAN으로 만드는 캐릭터 이미지.md')!);
  await run('export-session');
  await waitFor(() => expect(modal().textContent).toContain('private note, never exported'));
});

test('topic page and whole event start from a picker', async () => {
  const { run } = await load();
  await run('export-topic');
  expect(modal().querySelector('.modal-title')?.textContent).toBe('Pick a topic to export');
  modal().querySelector<HTMLElement>('.conference-notes-hit')!.click();
  await waitFor(() => expect(modal().querySelector('.modal-title')?.textContent).toBe('Export: Talks on Recommender systems'));
  await run('export-event');
  expect([...modal().querySelectorAll('.conference-notes-hit-label')].map((e) => e.textContent)).toEqual(['if(kakao) 2020', 'DEVIEW 2019', 'if(kakao) 2019']);
});
