/**
 * @jest-environment jsdom
 */
import { join } from 'node:path';
import { loadApp, setLanguage, waitFor, type App as FakeApp } from '../fake-obsidian';
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
  // Blogs by name, not by id; the Jekyll preview reads as the blog will show it, the source keeps what Jekyll needs.
  expect([...modal().querySelectorAll('select')].map((s) => [...s.options].map((o) => `${o.value}=${o.text}`))).toEqual([
    ['jekyll=Jekyll', 'hugo=Hugo', 'markdown=Markdown', 'tistory=Tistory / velog'],
    ['auto=Automatic', 'en=English', 'ko=한국어'],
  ]);
  await waitFor(() => expect(modal().querySelector('.conference-notes-export-body h2')?.textContent).toBe('추천 시스템 A to Z (카카오 추천 팀의 3년)'));
  expect(modal().querySelector('.conference-notes-export-body')?.textContent).not.toMatch(/\{#talk-|\{% (end)?raw %\}/);
  button('Source').click();
  await waitFor(() => expect(modal().querySelector('pre')?.textContent).toContain('## 추천 시스템 A to Z (카카오 추천 팀의 3년) {#talk-1}'));
  button('Preview').click();
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

test('in the Korean interface the topic picker shows Korean labels', async () => {
  setLanguage('ko');
  try {
    const { run } = await load();
    await run('export-topic');
    expect([...modal().querySelectorAll('.conference-notes-hit')].slice(0, 2).map((h) => h.textContent)).toEqual(['인공지능15', '머신러닝14']);
  } finally {
    setLanguage('en');
  }
});

test('topic page and whole event start from a picker', async () => {
  const { run } = await load();
  await run('export-topic');
  expect(modal().querySelector<HTMLInputElement>('.prompt-input')?.placeholder).toBe('Pick a topic to export');
  // Broader topics too, counting the talks of the narrower ones.
  expect([...modal().querySelectorAll('.conference-notes-hit')].slice(0, 2).map((h) => h.textContent)).toEqual(['Artificial intelligence15', 'Machine learning14']);
  modal().querySelector<HTMLElement>('.conference-notes-hit')!.click();
  // The post's language follows its notes (Korean here), whatever the app's language; the picker overrides it.
  await waitFor(() => expect(modal().querySelector('.modal-title')?.textContent).toBe('Export: 인공지능 발표 모음'));
  const language = modal().querySelectorAll('select')[1];
  expect([...language.options].map((o) => o.value)).toEqual(['auto', 'en', 'ko']);
  language.value = 'en';
  language.dispatchEvent(new Event('change'));
  await waitFor(() => expect(modal().querySelector('.modal-title')?.textContent).toBe('Export: Talks on Artificial intelligence'));
  await run('export-event');
  expect([...modal().querySelectorAll('.conference-notes-hit-label')].map((e) => e.textContent)).toEqual(['if(kakao) 2020', 'DEVIEW 2019', 'if(kakao) 2019']);
});

test('in Obsidian too: pasted and same-named images saved under their own names, problems shown above the preview', async () => {
  const app = loadApp(join(__dirname, '..', 'fixtures', 'recap-vault'));
  const { run } = await loadPlugin(app);
  const talk = app.vault.getFileByPath('Conferences/DEVIEW/2023/모바일 앱 성능 측정.md')!;
  await app.vault.modify(talk, `${await app.vault.read(talk)}\n![[없는 그림.png]]\n`);
  await app.workspace.getLeaf(false).openFile(talk);
  await run('export-session');
  await waitFor(() => expect(modal().querySelector('.conference-notes-export-problems')?.textContent).toBe('Conferences/DEVIEW/2023/모바일 앱 성능 측정.md: embedded file not found: 없는 그림.png'));
  await waitFor(() => expect(modal().querySelector('.conference-notes-export-body')?.textContent).toContain('콜드 스타트'));
  button('Save to Exports').click();
  const post = 'Exports/_posts/2023-02-27-모바일-앱-성능-측정.md';
  await waitFor(() => expect(app.vault.getFileByPath(post)).not.toBeNull());
  const assets = '/assets/2023-02-27-모바일-앱-성능-측정';
  const names = ['diagram.png', 'diagram-2.png', '화면-녹화-1.png', 'pasted-image-20230227141000.png'];
  // Attachments are copied after the post is written: wait for them.
  await waitFor(() => expect(app.vault.getFiles().map((f) => f.path).filter((p) => p.startsWith('Exports/assets/')).sort()).toEqual(names.map((n) => `Exports${assets}/${n}`).sort()));
  // Every image the post shows is one of the files saved beside it.
  const shown = [...(await app.vault.read(app.vault.getFileByPath(post)!)).matchAll(/(?:src="|\]\()(\/assets\/[^")]+)/g)].map((m) => decodeURI(m[1]));
  expect(shown).toEqual(names.map((n) => `${assets}/${n}`));
});

test('the preview shows the images from the vault before anything is saved; the post keeps its blog links', async () => {
  const { app, run } = await load();
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(FDS_2019)!);
  await run('export-session');
  const image = app.vault.getResourcePath(app.vault.getFileByPath('Attachments/FDS 파이프라인.png')!);
  // The fake renders Markdown as text: the image's URL is in the rendered text (a sized image is HTML).
  await waitFor(() => expect(modal().querySelector('.conference-notes-export-body')?.textContent).toContain(`<img src="${image}"`));
  expect(modal().querySelector('.conference-notes-export-body')?.textContent).not.toContain('/assets/');
  button('Source').click();
  await waitFor(() => expect(modal().querySelector('pre')?.textContent).toContain('<img src="/assets/'));
});
