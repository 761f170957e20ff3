/** "Suggest topics for this note": vocabulary topics found in the body, with counts, to tick and add. */
import { Modal, type App, type TFile } from 'obsidian';
import { topicLabel } from '../core/index/listings';
import { detectTopics } from '../core/vocabulary/topic-detect';
import type { IndexService } from './index-service';
import { uiLanguage, uiText } from './language';

export class SuggestTopicsModal extends Modal {
  private readonly t = uiText();

  constructor(
    app: App,
    private readonly service: IndexService,
    private readonly file: TFile,
  ) {
    super(app);
  }

  override onOpen(): void {
    void this.fill();
  }

  private async fill(): Promise<void> {
    const { index } = this.service;
    this.setTitle(this.t('suggest.title'));
    this.modalEl.addClass('conference-notes-modal');
    const text = await this.app.vault.cachedRead(this.file);
    const already = new Set(index.session(this.file.path)?.topics ?? []);
    const found = detectTopics(text, index.catalog.vocabulary).filter((m) => !already.has(m.id));
    if (found.length === 0) {
      this.contentEl.createDiv({ cls: 'conference-notes-empty', text: this.t('suggest.none') });
      return;
    }
    const boxes: [HTMLInputElement, string][] = [];
    for (const m of found) {
      const label = topicLabel(index, m.id, uiLanguage());
      const row = this.contentEl.createEl('label', { cls: 'conference-notes-check' });
      const box = row.createEl('input', { type: 'checkbox' });
      box.checked = true;
      row.createSpan({ text: label });
      row.createSpan({ cls: 'conference-notes-muted', text: this.t('suggest.mentions', { count: m.count }) });
      boxes.push([box, label]);
    }
    const add = this.contentEl.createDiv({ cls: 'modal-button-container' }).createEl('button', { cls: 'mod-cta', text: this.t('suggest.add') });
    add.addEventListener('click', () => void this.add(boxes.filter(([box]) => box.checked).map(([, label]) => label)));
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** Adds the chosen topics through processFrontMatter, keeping what the list already holds. */
  private async add(labels: string[]): Promise<void> {
    const key = this.service.index.settings.props.topics;
    await this.app.fileManager.processFrontMatter(this.file, (fm: Record<string, unknown>) => {
      const current = fm[key];
      const list: unknown[] = Array.isArray(current) ? [...(current as unknown[])] : current === undefined || current === null || current === '' ? [] : [current];
      for (const label of labels) if (!list.includes(label)) list.push(label);
      fm[key] = list;
    });
    this.close();
  }
}
