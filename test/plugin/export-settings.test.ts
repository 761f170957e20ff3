/**
 * @jest-environment jsdom
 */
import type { App } from 'obsidian';
import manifest from '../../manifest.json';
import { withDefaults } from '../../src/core/note/settings';
import ConferenceNotesPlugin from '../../src/main';
import type { ConferenceNotesSettingTab } from '../../src/plugin/settings-tab';
import { loadApp } from '../fake-obsidian';
import { SAMPLE_VAULT } from '../helpers';

async function tab(): Promise<{ plugin: ConferenceNotesPlugin; tab: ConferenceNotesSettingTab }> {
  const app = loadApp(SAMPLE_VAULT);
  const plugin = new ConferenceNotesPlugin(app as unknown as App, manifest);
  plugin.load();
  // The fake's Plugin keeps the promise of its onload, as the app awaits it.
  await (plugin as unknown as { loading: Promise<void> }).loading;
  return { plugin, tab: (plugin as unknown as { settingTabs: ConferenceNotesSettingTab[] }).settingTabs[0] };
}

test.each([
  [{}, 'auto', 8],
  [{ exportLanguage: 'ko', exportTagLimit: 3 }, 'ko', 3],
  [{ exportLanguage: 'fr', exportTagLimit: -1 }, 'auto', 8],
  [{ exportLanguage: 'en', exportTagLimit: '0' }, 'en', 0],
  [{ exportTagLimit: 2.5 }, 'auto', 8],
])('saved export settings %j read as language %s, %i tags', (saved, language, limit) => {
  const s = withDefaults(saved as never);
  expect([s.exportLanguage, s.exportTagLimit]).toEqual([language, limit]);
});

test('export language is a dropdown and tags per post a number, in both the 1.13 definitions and display()', async () => {
  const { plugin, tab: t } = await tab();
  const items = t.getSettingDefinitions().flatMap((g) => g.items);
  expect(items.find((i) => i.control.key === 'exportLanguage')?.control).toEqual({ type: 'dropdown', key: 'exportLanguage', options: { auto: 'Automatic (from the notes)', ko: '한국어', en: 'English' } });
  expect(items.find((i) => i.control.key === 'exportTagLimit')?.name).toBe('Tags per post');
  t.display();
  const select = [...t.containerEl.querySelectorAll('.setting-item')].find((s) => s.textContent?.startsWith('Export language'))!.querySelector('select')!;
  expect([select.value, [...select.options].map((o) => o.value)]).toEqual(['auto', ['auto', 'ko', 'en']]);
  select.value = 'en';
  select.dispatchEvent(new Event('change'));
  expect(plugin.settings.exportLanguage).toBe('en');
  t.setControlValue('exportTagLimit', '5');
  expect([plugin.settings.exportTagLimit, t.getControlValue('exportTagLimit')]).toEqual([5, '5']);
  t.setControlValue('exportTagLimit', 'many');
  expect(plugin.settings.exportTagLimit).toBe(8);
});
