/** Modal and Keymap as plugins use them: a container attached to the document while open, closed by Escape. */
import type { App } from './app';

export class Modal {
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  isOpen = false;

  constructor(public app: App) {
    this.modalEl = createDiv('modal');
    this.titleEl = this.modalEl.createDiv('modal-title');
    this.contentEl = this.modalEl.createDiv('modal-content');
  }

  open(): void {
    document.body.appendChild(this.modalEl);
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
    this.modalEl.remove();
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
