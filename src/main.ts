/** Plugin lifecycle only: settings, the index service and the settings tab. */
import { Plugin } from 'obsidian';
import { registerAgenda } from './plugin/agenda-commands';
import { registerCapture } from './plugin/capture-commands';
import { registerCliHandlers } from './plugin/cli-handlers';
import { registerUi } from './plugin/commands';
import { registerExport } from './plugin/export-commands';
import { registerImport } from './plugin/import-commands';
import { registerLiveCapture } from './plugin/live-capture-commands';
import { registerStampLinks } from './plugin/stamp-links';
import { IndexService } from './plugin/index-service';
import { registerRename } from './plugin/rename-commands';
import { loadPluginSettings, type PluginSettings } from './plugin/settings';
import { ConferenceNotesSettingTab } from './plugin/settings-tab';
import { registerTopicNote } from './plugin/topic-note-command';

export default class ConferenceNotesPlugin extends Plugin {
  settings: PluginSettings = loadPluginSettings(null);
  indexService!: IndexService;

  override async onload(): Promise<void> {
    this.settings = loadPluginSettings(await this.loadData());
    this.indexService = new IndexService(this.app, this, () => this.settings);
    this.addSettingTab(new ConferenceNotesSettingTab(this.app, this, this));
    const capture = registerCapture(this, this.indexService, () => this.settings);
    registerUi(this, this.indexService, capture);
    registerExport(this, this.indexService, () => this.settings);
    registerImport(this, this.indexService, () => this.settings);
    registerAgenda(this, this.indexService, () => this.settings);
    registerCliHandlers(this, this.indexService);
    registerRename(this, this.indexService);
    registerTopicNote(this, this.indexService, () => this.settings);
    registerLiveCapture(this, this.indexService, () => this.settings);
    registerStampLinks(this, this.indexService);
    this.app.workspace.onLayoutReady(() => this.indexService.start());
  }

  async applySettings(): Promise<void> {
    await this.saveData(this.settings);
    await this.indexService.rebuild();
  }

  /** data.json changed on disk (Sync from another device): read it again, re-index when it differs. */
  override async onExternalSettingsChange(): Promise<void> {
    const next = loadPluginSettings(await this.loadData());
    if (JSON.stringify(next) === JSON.stringify(this.settings)) return;
    this.settings = next;
    await this.indexService.rebuild();
  }
}
