/**
 * @jest-environment jsdom
 */
import type { App } from 'obsidian';
import manifest from '../../manifest.json';
import pkg from '../../package.json';
import versions from '../../versions.json';
import ConferenceNotesPlugin from '../../src/main';
import { DEFAULT_PROPS } from '../../src/core/note/settings';
import type { ConferenceNotesSettingTab } from '../../src/plugin/settings-tab';
import { loadApp, setApiVersion, setLanguage, type App as FakeApp } from '../fake-obsidian';
import { SAMPLE_VAULT } from '../helpers';

async function loaded(app: FakeApp = loadApp(SAMPLE_VAULT)): Promise<{ app: FakeApp; plugin: ConferenceNotesPlugin }> {
  const plugin = new ConferenceNotesPlugin(app as unknown as App, manifest);
  plugin.load();
  await (plugin as unknown as { loading: Promise<void> }).loading;
  app.workspace.setLayoutReady();
  await plugin.indexService.building;
  return { app, plugin };
}

const tabOf = (plugin: ConferenceNotesPlugin): ConferenceNotesSettingTab =>
  (plugin as unknown as { settingTabs: ConferenceNotesSettingTab[] }).settingTabs[0];

afterEach(() => {
  setLanguage('en');
  setApiVersion('1.13.1');
});

test('the plugin indexes the vault once the layout is ready', async () => {
  const { plugin } = await loaded();
  expect(plugin.indexService.index.sessionCount).toBe(19);
});

test('the settings tab lists folders, prefixes and every property name', async () => {
  const { plugin } = await loaded();
  const tab = tabOf(plugin);
  tab.display();
  const names = [...tab.containerEl.querySelectorAll('.setting-item-name')].map((e) => e.textContent);
  expect(names.slice(0, 4)).toEqual(['Indexing', 'Indexed folders', 'Topic tag prefix', 'Speaker tag prefix']);
  expect(names).toContain('Property names');
  expect(names).toEqual(expect.arrayContaining(['type', 'event', 'speakers', 'topics', 'private']));
  // The property names fold under their heading, which says what they are for.
  const group = tab.containerEl.querySelector('details')!;
  expect([group.open, group.querySelector('summary')?.textContent, group.querySelectorAll('.setting-item').length]).toEqual([
    false,
    'Property namesThe front matter keys the plugin reads. Change them to match notes you already have.',
    1 + Object.keys(DEFAULT_PROPS).length,
  ]);
  // The default template is picked by name, and the choice is kept by id.
  const template = [...tab.containerEl.querySelectorAll('.setting-item')].find((s) => s.textContent?.startsWith('Default template'))!.querySelector('select')!;
  expect([template.value, [...template.options].map((o) => o.text)]).toEqual(['talk-en', ['발표 (한국어)', 'Talk (English)', 'Keynote / 기조연설', 'Panel / 패널 토론', 'Workshop / 워크숍', 'Lightning talk / 라이트닝 토크']]);
  template.value = 'keynote';
  template.dispatchEvent(new Event('change'));
  expect(plugin.settings.defaultTemplate).toBe('keynote');
});

test('the settings tab speaks Korean when Obsidian does', async () => {
  setLanguage('ko');
  const { plugin } = await loaded();
  const tab = tabOf(plugin);
  tab.display();
  const names = [...tab.containerEl.querySelectorAll('.setting-item-name')].map((e) => e.textContent);
  expect(names.slice(0, 4)).toEqual(['색인', '색인할 폴더', '주제 태그 접두어', '발표자 태그 접두어']);
});

test('the type check compiles against the API of minAppVersion: the obsidian types installed are that version', () => {
  // `tsc --noEmit` in the test command then rejects any API newer than the oldest app allowed.
  expect(pkg.devDependencies.obsidian).toBe(manifest.minAppVersion);
  expect((versions as Record<string, string>)[manifest.version]).toBe(manifest.minAppVersion);
});

test.each(['en', 'ko'])('on the oldest app the manifest allows, the plugin loads and speaks %s', async (code) => {
  setApiVersion(manifest.minAppVersion);
  setLanguage(code);
  const { plugin } = await loaded();
  expect(plugin.indexService.index.sessionCount).toBe(19);
  const tab = tabOf(plugin);
  tab.display();
  const first = tab.containerEl.querySelector('.setting-item-name')?.textContent;
  expect(first).toBe(code === 'ko' ? '색인' : 'Indexing');
});

test('changing a setting saves it and re-indexes with it', async () => {
  const { plugin } = await loaded();
  jest.useFakeTimers();
  try {
    const tab = tabOf(plugin);
    tab.display();
    const folders = tab.containerEl.querySelector('textarea')!;
    folders.value = 'Conferences/DEVIEW\n/Speakers/';
    folders.dispatchEvent(new Event('input'));
    await jest.advanceTimersByTimeAsync(1000);
    expect((plugin as unknown as { data: { folders: string[] } }).data.folders).toEqual(['Conferences/DEVIEW', 'Speakers']);
    expect(plugin.indexService.index.sessionCount).toBe(5);
  } finally {
    jest.useRealTimers();
  }
});

test('the 1.13 declarative definitions read and write the same settings', async () => {
  const { plugin } = await loaded();
  const tab = tabOf(plugin);
  const keys = tab.getSettingDefinitions().flatMap((g) => g.items.map((i) => i.control.key));
  expect(keys.slice(0, 3)).toEqual(['folders', 'topicTagPrefix', 'speakerTagPrefix']);
  tab.setControlValue('props.topics', '주제');
  expect(tab.getControlValue('props.topics')).toBe('주제');
  tab.setControlValue('props.topics', '  ');
  expect(plugin.settings.props.topics).toBe('topics');
});

test('saved settings from data.json are read on load', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const plugin = new ConferenceNotesPlugin(app as unknown as App, manifest);
  (plugin as unknown as { data: unknown }).data = { folders: ['Conferences/if(kakao)/2020'], props: { topics: 'topics' } };
  plugin.load();
  await (plugin as unknown as { loading: Promise<void> }).loading;
  app.workspace.setLayoutReady();
  await plugin.indexService.building;
  expect(plugin.indexService.index.sessionCount).toBe(6);
});

test('settings synced from another device are picked up: the index follows, the suggesters read them', async () => {
  const { plugin } = await loaded();
  const fake = plugin as unknown as { receiveData(data: unknown): Promise<void> };
  await fake.receiveData({ folders: ['Conferences/if(kakao)/2020'], speakerTrigger: ';;', completeEverywhere: true });
  expect(plugin.indexService.index.sessionCount).toBe(6);
  expect(plugin.settings).toMatchObject({ speakerTrigger: ';;', completeEverywhere: true });
  // The same data again changes nothing and builds nothing.
  const building = plugin.indexService.building;
  await fake.receiveData({ folders: ['Conferences/if(kakao)/2020'], speakerTrigger: ';;', completeEverywhere: true });
  expect(plugin.indexService.building).toBe(building);
});
