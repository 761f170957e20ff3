/**
 * SuggestModal as Obsidian draws and drives it: a prompt (input, results,
 * instructions) whose results are redrawn on every `input` event; ↑/↓ move the
 * selection, wrapping, and scroll it into view; Enter or a click chooses, which
 * closes the modal and then calls onChooseSuggestion. Hovering selects without scrolling.
 */
import type { App } from './app';
import { Modal } from './modal';

export interface Instruction {
  command: string;
  purpose: string;
}

export abstract class SuggestModal<T> extends Modal {
  limit = 100;
  emptyStateText = 'No results found.';
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  private readonly instructionsEl: HTMLElement;
  private shownValues: T[] = [];
  private itemEls: HTMLElement[] = [];
  private selectedAt = 0;

  constructor(app: App) {
    super(app);
    this.modalEl.addClass('prompt');
    this.titleEl.remove();
    this.contentEl.remove();
    this.inputEl = this.modalEl.createDiv('prompt-input-container').createEl('input', { cls: 'prompt-input', attr: { enterkeyhint: 'done' } });
    this.resultContainerEl = this.modalEl.createDiv('prompt-results');
    this.instructionsEl = this.modalEl.createDiv('prompt-instructions');
    this.inputEl.addEventListener('input', () => this.updateSuggestions());
    // The keys live in the modal's scope, as in Obsidian: they act wherever the focus is in the modal.
    for (const key of ['ArrowDown', 'ArrowUp'] as const) {
      this.scope.register([], key, () => {
        this.setSelected(this.selectedAt + (key === 'ArrowDown' ? 1 : -1), true);
        return false;
      });
    }
    this.scope.register([], 'Enter', (evt) => {
      if (this.shownValues.length > 0) this.selectSuggestion(this.shownValues[this.selectedAt], evt);
      return false;
    });
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  setPlaceholder(placeholder: string): void {
    this.inputEl.setAttr('placeholder', placeholder);
  }

  setInstructions(instructions: Instruction[]): void {
    this.instructionsEl.empty();
    for (const i of instructions) {
      const el = this.instructionsEl.createDiv('prompt-instruction');
      el.createSpan({ cls: 'prompt-instruction-command', text: i.command });
      el.createSpan({ text: i.purpose });
    }
  }

  onNoSuggestion(): void {
    this.resultContainerEl.createDiv({ cls: 'suggestion-empty', text: this.emptyStateText });
  }

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }

  override open(): void {
    super.open();
    this.inputEl.focus();
    this.updateSuggestions();
  }

  /** Synchronous for a list, later for a promise, as in Obsidian. */
  private updateSuggestions(): void {
    const found = this.getSuggestions(this.inputEl.value);
    if (found instanceof Promise) void found.then((values) => this.showSuggestions(values));
    else this.showSuggestions(found);
  }

  private showSuggestions(found: T[]): void {
    const values = found.slice(0, this.limit);
    this.shownValues = values;
    this.resultContainerEl.empty();
    this.itemEls = values.map((value, i) => {
      const el = this.resultContainerEl.createDiv('suggestion-item');
      this.renderSuggestion(value, el);
      el.addEventListener('mousemove', () => this.setSelected(i, false));
      el.addEventListener('click', (evt) => this.selectSuggestion(value, evt));
      return el;
    });
    if (values.length === 0) this.onNoSuggestion();
    else this.setSelected(0, false);
  }

  private setSelected(index: number, scroll: boolean): void {
    if (this.itemEls.length === 0) return;
    this.selectedAt = (index + this.itemEls.length) % this.itemEls.length;
    this.itemEls.forEach((el, i) => el.toggleClass('is-selected', i === this.selectedAt));
    if (scroll) this.itemEls[this.selectedAt].scrollIntoView({ block: 'nearest' });
  }
}
