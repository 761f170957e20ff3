/** The rename and merge preview: every note that changes, and how. */
import { Modal, type App } from 'obsidian';
import type { NoteChange } from '../core/rename/rename-vault';
import type { UiText } from './language';


/** Every note that will change, with each change; Apply writes them. */
export class RenamePreviewModal extends Modal {
  constructor(
    app: App,
    private readonly title: string,
    private readonly changes: NoteChange[],
    private readonly t: UiText,
    private readonly apply: () => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.title);
    this.modalEl.addClass('conference-notes-modal');
    const el = this.contentEl;
    el.createEl('p', { text: this.t('rename.preview.count', { count: this.changes.length }) });
    const list = el.createEl('ul', { cls: 'conference-notes-rename-preview' });
    for (const change of this.changes) {
      const item = list.createEl('li');
      item.createEl('strong', { text: change.path });
      const lines = item.createEl('ul');
      for (const line of change.changes) lines.createEl('li', { text: line });
    }
    const buttons = el.createDiv({ cls: 'modal-button-container' });
    const apply = buttons.createEl('button', { text: this.t('rename.apply'), cls: 'mod-cta' });
    apply.disabled = this.changes.length === 0;
    apply.addEventListener('click', () => {
      this.close();
      this.apply();
    });
    buttons.createEl('button', { text: this.t('rename.cancel') }).addEventListener('click', () => this.close());
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
