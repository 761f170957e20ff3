/**
 * @jest-environment jsdom
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadApp, Platform, waitFor, type App as FakeApp } from '../fake-obsidian';
import { SAMPLE_VAULT } from '../helpers';
import type { ConferenceNotesSettingTab } from '../../src/plugin/settings-tab';
import { PRESETS } from '../../src/core/export/presets';
import { loadPlugin } from './load-plugin';

const FDS_2019 = 'Conferences/if(kakao)/2019/금융사기 잡는 카카오뱅크의 데이터 사이언스.md';
const SLUG = '금융사기-잡는-카카오뱅크의-데이터-사이언스';

const modal = (): HTMLElement => [...document.querySelectorAll<HTMLElement>('.modal')].pop()!;
const button = (text: string, within: HTMLElement = modal()): HTMLButtonElement => [...within.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text))!;
const win = window as unknown as { require?: unknown };

afterEach(() => {
  document.body.empty();
  delete win.require;
  Platform.isDesktopApp = true;
});

async function exportSession(data: unknown): Promise<FakeApp> {
  const app = loadApp(SAMPLE_VAULT);
  const { run } = await loadPlugin(app, data);
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(FDS_2019)!);
  await run('export-session');
  await waitFor(() => expect(modal().querySelector('.conference-notes-export-body')?.textContent).not.toBe(''));
  return app;
}

test('settings: a preset fills a profile\'s template, a bad one says why under it, paths are saved', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const { plugin } = await loadPlugin(app);
  const tab = (plugin as unknown as { settingTabs: ConferenceNotesSettingTab[] }).settingTabs[0];
  tab.display();
  expect(tab.getControlValue('layout.hugo.frontMatter')).toBe('title: {{title}}\ndate: {{date}}\ntags: {{tags}}\ncategories: {{series}}\ndescription: {{description}}');
  const headings = [...tab.containerEl.querySelectorAll('.setting-item-heading')].map((h) => h.textContent);
  expect(headings).toEqual(expect.arrayContaining(['Blog layout: Jekyll', 'Blog layout: Hugo', 'Blog layout: Markdown', 'Blog layout: Tistory / velog']));
  const preset = [...tab.containerEl.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'hugo-papermod'))!;
  preset.value = 'hugo-papermod';
  preset.dispatchEvent(new Event('change'));
  expect(plugin.settings.exportLayouts.jekyll.frontMatter).toBe(PRESETS.find((p) => p.id === 'hugo-papermod')!.frontMatter);
  // Filled in place (a redraw would scroll the tab to the top): the template's box shows the preset.
  expect([...tab.containerEl.querySelectorAll('textarea')].map((t) => t.value)).toContain(PRESETS.find((p) => p.id === 'hugo-papermod')!.frontMatter);
  const problems = (): string[] => [...tab.containerEl.querySelectorAll('.conference-notes-setting-problem')].map((e) => e.textContent ?? '').filter((t) => t !== '');
  expect(problems()).toEqual([]);
  tab.setControlValue('layout.jekyll.frontMatter', 'title: {{titel}}');
  expect(problems()).toEqual([expect.stringMatching(/^This template cannot be used: unknown placeholder \{\{titel\}\}/)]);
  tab.setControlValue('layout.hugo.postPath', 'content/posts/{{slug}}/index.md');
  tab.setControlValue('layout.hugo.assetsPath', '');
  expect(plugin.settings.exportLayouts.hugo).toEqual({ postPath: 'content/posts/{{slug}}/index.md', assetsPath: '' });
  expect(tab.getControlValue('layout.hugo.assetsPath')).toBe('{{slug}}');
});

test('the preview says why a template or a path cannot be used', async () => {
  await exportSession({ exportLayouts: { jekyll: { frontMatter: 'title: [oops' } } });
  await waitFor(() => expect(modal().textContent).toMatch(/front matter template is not valid YAML \(line 1, column \d+\)/));
  document.body.empty();
  await exportSession({ exportLayouts: { jekyll: { postPath: '../{{slug}}.md' } } });
  await waitFor(() => expect(modal().textContent).toContain(`post path "../${SLUG}.md" goes up a folder (..); it must stay inside the export folder`));
});

test('on desktop, Save writes into the blog folder on disk, asks before replacing, and lists what it wrote', async () => {
  // Obsidian's desktop app offers Node's modules through window.require.
  win.require = require;
  const blog = mkdtempSync(join(tmpdir(), 'cn-blog-'));
  const data = { exportDiskFolder: blog, exportLayouts: { jekyll: { postPath: '_posts/{{date}}-{{slug}}.md', assetsPath: 'assets/img/{{slug}}' } } };
  await exportSession(data);
  await waitFor(() => expect(button(`Save to ${blog}`)).toBeDefined());
  button(`Save to ${blog}`).click();
  const post = `_posts/2019-08-30-${SLUG}.md`;
  const image = `assets/img/${SLUG}/fds-파이프라인.png`;
  await waitFor(() => expect(modal().querySelector('.modal-title')?.textContent).toBe(`Wrote 2 files to ${blog}`));
  expect([...modal().querySelectorAll('li')].map((l) => l.textContent)).toEqual([post, image]);
  const text = readFileSync(join(blog, post), 'utf8');
  expect(text).toContain(`<img src="/assets/img/${encodeURI(SLUG)}/${encodeURI('fds-파이프라인.png')}"`);
  expect(readFileSync(join(blog, image)).length).toBeGreaterThan(0);
  button('OK').click();

  // Again: nothing is replaced until the user says so.
  writeFileSync(join(blog, post), 'edited by hand');
  await exportSession(data);
  await waitFor(() => expect(button(`Save to ${blog}`)).toBeDefined());
  button(`Save to ${blog}`).click();
  await waitFor(() => expect(modal().querySelector('.modal-title')?.textContent).toBe('Replace 2 existing files?'));
  expect([...modal().querySelectorAll('li')].map((l) => l.textContent)).toEqual([post, image]);
  button('Keep them').click();
  expect(readFileSync(join(blog, post), 'utf8')).toBe('edited by hand');
  button(`Save to ${blog}`).click();
  await waitFor(() => expect(modal().querySelector('.modal-title')?.textContent).toBe('Replace 2 existing files?'));
  button('Replace').click();
  await waitFor(() => expect(readFileSync(join(blog, post), 'utf8')).toBe(text));
  expect(readdirSync(blog).sort()).toEqual(['_posts', 'assets']);
});

test.each([
  ['on mobile', false, true],
  ['on a desktop that hides Node', true, false],
])('%s, Save keeps writing inside the vault', async (_, desktop, node) => {
  Platform.isDesktopApp = desktop;
  if (node) win.require = require;
  const app = await exportSession({ exportDiskFolder: '/nowhere' });
  await waitFor(() => expect(button('Save to Exports')).toBeDefined());
  button('Save to Exports').click();
  await waitFor(() => expect(app.vault.getFileByPath(`Exports/_posts/2019-08-30-${SLUG}.md`)).not.toBeNull());
});

test.each([
  ['Electron offers its folder picker', true, true],
  ['no Electron (mobile, or a desktop that hides it)', false, false],
])('settings: "Choose…" for the blog folder when %s', async (_, electron, shown) => {
  const picked = mkdtempSync(join(tmpdir(), 'cn-picked-'));
  const dialog = { showOpenDialog: jest.fn(() => Promise.resolve({ canceled: false, filePaths: [picked] })) };
  win.require = (id: string): unknown => {
    if (id === 'electron' && electron) return { remote: { dialog } };
    throw new Error(`Cannot find module '${id}'`);
  };
  const { plugin } = await loadPlugin(loadApp(SAMPLE_VAULT));
  const tab = (plugin as unknown as { settingTabs: ConferenceNotesSettingTab[] }).settingTabs[0];
  tab.display();
  const choose = [...tab.containerEl.querySelectorAll('button')].find((b) => b.textContent === 'Choose…');
  expect(choose !== undefined).toBe(shown);
  if (!choose) return;
  choose.click();
  await waitFor(() => expect(plugin.settings.exportDiskFolder).toBe(picked));
  expect(dialog.showOpenDialog).toHaveBeenCalledWith({ properties: ['openDirectory', 'createDirectory'] });
  expect([...tab.containerEl.querySelectorAll('input')].map((i) => i.value)).toContain(picked);
});
