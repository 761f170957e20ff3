/**
 * Modal and Keymap as plugins use them: Obsidian's container (a dimmed
 * backdrop and the modal with its close button, title and content) attached
 * to the document while open, closed by Escape, the close button or a click on the backdrop.
 */
import type { App } from './app';

export class Modal {
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  isOpen = false;

  constructor(public app: App) {
    this.containerEl = createDiv('modal-container mod-dim');
    this.containerEl.createDiv('modal-bg').addEventListener('click', () => this.close());
    this.modalEl = this.containerEl.createDiv('modal');
    this.modalEl.createDiv('modal-close-button').addEventListener('click', () => this.close());
    this.titleEl = this.modalEl.createDiv('modal-title');
    this.contentEl = this.modalEl.createDiv('modal-content');
  }

  open(): void {
    document.body.appendChild(this.containerEl);
    this.isOpen = true;
    // The modal's key scope: Escape closes it, wherever the focus is inside it.
    document.addEventListener('keydown', this.onKey);
    this.onOpen();
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    document.removeEventListener('keydown', this.onKey);
    this.onClose();
    this.containerEl.remove();
  }

  private readonly onKey = (evt: KeyboardEvent): void => {
    if (evt.key !== 'Escape' || evt.isComposing || evt.defaultPrevented) return;
    evt.preventDefault();
    this.close();
  };

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  onOpen(): void {}
  onClose(): void {}
}

export const Keymap = {
  /** Ctrl on Windows and Linux, Cmd on macOS: opens in a new tab. */
  isModEvent(evt?: UIEvent | null): boolean | 'tab' {
    const e = evt as KeyboardEvent | MouseEvent | undefined | null;
    return e ? e.ctrlKey || e.metaKey ? 'tab' : false : false;
  },
};
