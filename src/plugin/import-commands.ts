/** "Import conference programme": a schedule file from the vault or a URL (requestUrl works on phones), then the preview. */
import { Notice, requestUrl, type Plugin } from 'obsidian';
import { ScheduleError } from '../core/schedule/programme';
import { ImportPreviewModal } from './import-modal';
import { readProgramme } from './import-plan';
import type { IndexService } from './index-service';
import { PickModal } from './pick-modal';
import { PromptModal } from './prompt-modal';
import type { PluginSettings } from './settings';
import { uiText } from './language';

const EXTENSIONS = new Set(['ics', 'json', 'xml', 'csv', 'tsv']);
/** A value no vault path can have. */
const FROM_URL = '\u0000url';

export function registerImport(plugin: Plugin, service: IndexService, settings: () => PluginSettings): void {
  const t = uiText();
  const app = plugin.app;
  const preview = (source: string, name: string): void => {
    try {
      new ImportPreviewModal(app, service, settings(), readProgramme(source), t).open();
    } catch (e) {
      if (!(e instanceof ScheduleError)) throw e;
      new Notice(t('import.unreadable', { name, message: e.message }));
    }
  };
  const fromUrl = (): void =>
    new PromptModal(app, {
      title: t('import.url.title'),
      action: t('import.url.fetch'),
      type: 'url',
      name: 'url',
      accept: (url) => /^https?:\/\/\S+$/i.test(url),
      submit: (url) => {
        requestUrl({ url }).then(
          (response) => preview(response.text, url),
          (e: unknown) => new Notice(t('import.unreadable', { name: url, message: e instanceof Error ? e.message : String(e) })),
        );
      },
    }).open();
  plugin.addCommand({
    id: 'import-programme',
    name: t('command.importProgramme'),
    callback: () => {
      const files = app.vault.getFiles().filter((f) => EXTENSIONS.has(f.extension.toLowerCase())).sort((a, b) => b.stat.mtime - a.stat.mtime);
      const items = [{ label: t('import.fromUrl'), value: FROM_URL }, ...files.map((f) => ({ label: f.path, value: f.path }))];
      new PickModal(app, t('import.pickSource'), items, (value) => {
        if (value === FROM_URL) return fromUrl();
        const file = app.vault.getFileByPath(value);
        if (file) void app.vault.cachedRead(file).then((text) => preview(text, file.path));
      }).open();
    },
  });
}
