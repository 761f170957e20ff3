/**
 * Modal as plugins use it: Obsidian's container (a dimmed
 * backdrop and the modal with its close button, title and content) attached
 * to the document while open, closed by Escape, the close button or a click on the backdrop.
 */
import type { App } from './app';
import { Scope } from './keymap';

export class Modal {
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  /** The modal's key scope, on top of the app's while it is open: Escape closes it, wherever the focus is inside it. */
  scope = new Scope();
  isOpen = false;

  constructor(public app: App) {
    this.scope.register([], 'Escape', () => {
      this.close();
      return false;
    });
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
    this.app.keymap.pushScope(this.scope);
    this.onOpen();
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.app.keymap.popScope(this.scope);
    this.onClose();
    this.containerEl.remove();
  }

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  onOpen(): void {}
  onClose(): void {}
}

