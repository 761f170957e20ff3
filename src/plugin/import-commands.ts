/** "Import conference programme": a schedule file from the vault or a URL (requestUrl works on phones), then the preview. */
import { getLanguage, Modal, Notice, requestUrl, type App, type Plugin } from 'obsidian';
import { ScheduleError } from '../core/schedule/programme';
import { translator } from '../i18n/translate';
import { ImportPreviewModal } from './import-modal';
import { readProgramme } from './import-plan';
import type { IndexService } from './index-service';
import { PickModal } from './pick-modal';
import type { PluginSettings } from './settings';

const EXTENSIONS = new Set(['ics', 'json', 'xml', 'csv', 'tsv']);
/** A value no vault path can have. */
const FROM_URL = '\u0000url';

export function registerImport(plugin: Plugin, service: IndexService, settings: () => PluginSettings): void {
  const t = translator(getLanguage());
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
    new UrlModal(app, t('import.url.title'), t('import.url.fetch'), async (url) => {
      try {
        preview((await requestUrl({ url })).text, url);
      } catch (e) {
        new Notice(t('import.unreadable', { name: url, message: e instanceof Error ? e.message : String(e) }));
      }
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

/** One field for an address and a button to fetch it. */
class UrlModal extends Modal {
  constructor(
    app: App,
    private readonly title: string,
    private readonly action: string,
    private readonly submit: (url: string) => Promise<void>,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.title);
    const input = this.contentEl.createEl('input', { type: 'url', attr: { name: 'url' } });
    const go = (): void => {
      const url = input.value.trim();
      if (!/^https?:\/\/\S+$/i.test(url)) return;
      this.close();
      void this.submit(url);
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.isComposing) go();
    });
    this.contentEl.createEl('button', { text: this.action, cls: 'mod-cta' }).addEventListener('click', go);
    input.focus();
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
