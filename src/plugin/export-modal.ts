/**
 * Export with a preview first: pick the blog, language and table of contents,
 * look at the post rendered and as source, then save it to the export folder
 * (asking before replacing anything) or copy it to the clipboard.
 */
import { Component, MarkdownRenderer, Modal, normalizePath, Notice, Setting, TFile, type App } from 'obsidian';
import { ExportError, type Selection } from '../core/export/compose';
import { exportedPaths, exportPost, type ExportResult } from '../core/export/export-post';
import type { LanguageChoice } from '../core/export/language';
import { exportOptions, PROFILE_NAMES, type Profile } from '../core/export/options';
import { attachmentLink } from '../core/export/path-pattern';
import { previewText, withPreviewImages } from '../core/export/preview';
import { splitFrontMatter } from '../core/note/front-matter-block';
import { ensureFolder } from './create-note';
import { attachmentsToCopy, diskIo, saveToDisk } from './disk-export';
import { preparedSource } from './export-source';
import type { IndexService } from './index-service';
import type { PluginSettings } from './settings';
import { uiText } from './language';

export class ExportModal extends Modal {
  private readonly t = uiText();
  private profile: Profile = 'jekyll';
  private language: LanguageChoice;
  private toc = false;
  private result: ExportResult | null = null;
  private showSource = false;
  private confirmReplace = false;
  private readonly renderer = new Component();
  private body!: HTMLElement;
  private actions!: HTMLElement;

  constructor(
    app: App,
    private readonly service: IndexService,
    private readonly settings: PluginSettings,
    private readonly selection: Selection,
  ) {
    super(app);
    this.language = settings.exportLanguage;
  }

  override onOpen(): void {
    const { t } = this;
    this.renderer.load();
    this.modalEl.addClass('conference-notes-modal', 'conference-notes-export-modal');
    this.contentEl.addClass('conference-notes-export');
    // A toolbar on top, the post in a scrolling area, the buttons in a footer: Save and Copy never scroll away.
    const bar = this.contentEl.createDiv({ cls: 'conference-notes-export-bar' });
    this.select(bar, t('export.profile'), PROFILE_NAMES, this.profile, (v) => (this.profile = v as Profile));
    const languages: Record<LanguageChoice, string> = { auto: t('export.language.auto'), en: 'English', ko: '한국어' };
    this.select(bar, t('export.language'), languages, this.language, (v) => (this.language = v as LanguageChoice));
    new Setting(bar).setName(t('export.toc')).addToggle((toggle) =>
      toggle.setValue(this.toc).onChange((on) => {
        this.toc = on;
        void this.refresh();
      }),
    );
    bar.lastElementChild?.querySelector('input')?.setAttr('aria-label', t('export.toc'));
    const views = bar.createDiv({ cls: 'conference-notes-segmented', attr: { role: 'group' } });
    const buttons = (['export.preview', 'export.source'] as const).map((key, i) => {
      const button = views.createEl('button', { text: t(key) });
      button.addEventListener('click', () => {
        this.showSource = i === 1;
        buttons.forEach((b, j) => {
          b.toggleClass('is-active', j === i);
          b.setAttr('aria-pressed', String(j === i));
        });
        void this.refresh();
      });
      button.toggleClass('is-active', i === 0);
      button.setAttr('aria-pressed', String(i === 0));
      return button;
    });
    this.body = this.contentEl.createDiv({ cls: 'conference-notes-export-body' });
    this.actions = this.contentEl.createDiv({ cls: 'modal-button-container conference-notes-export-actions' });
    void this.refresh();
  }

  override onClose(): void {
    this.renderer.unload();
    this.contentEl.empty();
  }

  /** A labelled dropdown of the toolbar, showing names and keeping ids. */
  private select(parent: HTMLElement, label: string, options: Record<string, string>, current: string, set: (v: string) => void): void {
    new Setting(parent).setName(label).addDropdown((d) =>
      d
        .addOptions(options)
        .setValue(current)
        .onChange((v) => {
          set(v);
          void this.refresh();
        }),
    );
    parent.lastElementChild?.querySelector('select')?.setAttr('aria-label', label);
  }

  /** Builds the post again and redraws the preview and the buttons. */
  async refresh(): Promise<void> {
    this.confirmReplace = false;
    const options = exportOptions(this.settings, this.profile, this.language, this.toc);
    try {
      this.result = await preparedSource(this.app, this.settings, (source) => exportPost(this.service.index, this.selection, options, source, new Date().toISOString().slice(0, 10)));
    } catch (e) {
      this.result = null;
      this.body.empty();
      this.body.createDiv({ cls: 'conference-notes-empty', text: e instanceof ExportError ? e.message : String(e) });
      this.actions.empty();
      return;
    }
    this.setTitle(this.t('export.title', { title: this.result.head.title }));
    const post = this.result.files[0].content;
    this.body.empty();
    // What the export could not do as the notes ask (a missing image, an embed cycle), said before the preview.
    if (this.result.problems.length > 0) {
      const list = this.body.createEl('ul', { cls: 'conference-notes-export-problems' });
      for (const p of this.result.problems) list.createEl('li', { text: this.t('export.problem', { path: p.path, message: p.message }) });
    }
    if (this.showSource) this.body.createEl('pre', { cls: 'conference-notes-export-source', text: post });
    else await MarkdownRenderer.render(this.app, withPreviewImages(previewText(splitFrontMatter(post).body), this.previewImages(this.result, options.profile)), this.body.createDiv({ cls: 'markdown-rendered' }), '', this.renderer);
    this.drawActions();
  }

  /** The post's links to its images → the vault files they will be copied from, as the app shows them. */
  private previewImages(result: ExportResult, profile: Profile): Map<string, string> {
    const images = new Map<string, string>();
    for (const a of result.attachments) {
      const file = this.app.vault.getFileByPath(a.from);
      if (file) images.set(attachmentLink(profile, result.files[0].path, a.to), this.app.vault.getResourcePath(file));
    }
    return images;
  }

  private drawActions(): void {
    const result = this.result;
    if (!result) return;
    this.actions.empty();
    const io = diskIo();
    const disk = this.settings.exportDiskFolder;
    if (io !== null && disk !== '') {
      // The blog's folder on disk: saveToDisk asks before replacing and lists what it wrote.
      this.actions.createEl('button', { cls: 'mod-cta', text: this.t('export.save', { folder: disk }) }).addEventListener('click', () => {
        void saveToDisk(this.app, io, disk, result).then((saved) => saved && this.close());
      });
    } else this.vaultSaveButton(result);
    this.actions.createEl('button', { text: this.t('export.copy') }).addEventListener('click', () => void this.copy(result.files[0].content));
    const html = result.files.find((f) => f.path.endsWith('.html'));
    if (html) this.actions.createEl('button', { text: this.t('export.copyHtml') }).addEventListener('click', () => void this.copy(html.content));
  }

  private vaultSaveButton(result: ExportResult): void {
    const folder = normalizePath(this.settings.exportFolder);
    const existing = exportedPaths(result).filter((p) => this.app.vault.getAbstractFileByPath(normalizePath(`${folder}/${p}`)));
    const label = existing.length > 0 && this.confirmReplace ? this.t('export.replace', { count: existing.length }) : this.t('export.save', { folder });
    const save = this.actions.createEl('button', { cls: 'mod-cta', text: label });
    save.addEventListener('click', () => {
      // Nothing is replaced without a second, explicit click.
      if (existing.length > 0 && !this.confirmReplace) {
        this.confirmReplace = true;
        this.drawActions();
        return;
      }
      void this.save(result, folder);
    });
  }

  private async copy(text: string): Promise<void> {
    await navigator.clipboard.writeText(text);
    new Notice(this.t('export.copied'));
  }

  private async save(result: ExportResult, folder: string): Promise<void> {
    const { vault } = this.app;
    for (const f of result.files) {
      const path = normalizePath(`${folder}/${f.path}`);
      await ensureFolder(this.app, path);
      const existing = vault.getAbstractFileByPath(path);
      if (existing instanceof TFile) await vault.modify(existing, f.content);
      else await vault.create(path, f.content);
    }
    for await (const { to, data } of attachmentsToCopy(vault, result)) {
      const path = normalizePath(`${folder}/${to}`);
      await ensureFolder(this.app, path);
      const existing = vault.getAbstractFileByPath(path);
      if (existing instanceof TFile) await vault.modifyBinary(existing, data);
      else await vault.createBinary(path, data);
    }
    new Notice(this.t('export.saved', { count: result.files.length + result.attachments.length, folder }));
    this.close();
  }
}
