/** One field and a button: a new name for a topic, an address to fetch. Enter while composing Korean never submits. */
import { Modal, type App } from 'obsidian';
import { isImeEnter } from './query-input';

export interface Prompt {
  title: string;
  action: string;
  /** The field's type: `text` or `url`. */
  type?: string;
  /** HTML name of the field, for tests and autofill. */
  name?: string;
  initial?: string;
  /** What counts as an answer; nothing else submits. */
  accept?: (value: string) => boolean;
  submit: (value: string) => void;
}

export class PromptModal extends Modal {
  constructor(
    app: App,
    private readonly prompt: Prompt,
  ) {
    super(app);
  }

  override onOpen(): void {
    const p = this.prompt;
    this.setTitle(p.title);
    this.modalEl.addClass('conference-notes-modal');
    // The title names the field: a placeholder is no label.
    const input = this.contentEl.createEl('input', { type: p.type ?? 'text', cls: 'conference-notes-query', value: p.initial ?? '', attr: { 'aria-label': p.title, ...(p.name ? { name: p.name } : {}) } });
    const go = (): void => {
      const value = input.value.trim();
      if (value === '' || (p.accept && !p.accept(value))) return;
      this.close();
      p.submit(value);
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !isImeEnter(e)) go();
    });
    this.contentEl.createDiv({ cls: 'modal-button-container' }).createEl('button', { text: p.action, cls: 'mod-cta' }).addEventListener('click', go);
    input.focus();
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
