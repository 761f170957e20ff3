/** A short list to pick one item from (an event, a topic, a day), filtered as you type, Korean-safe. */
import { Modal, type App } from 'obsidian';
import { queryKeys, matchClass, formKeys } from '../core/search/keys';
import { bindQueryInput } from './query-input';
import { highlightRow } from './highlight-row';

export interface PickItem {
  label: string;
  detail?: string;
  value: string;
}

export class PickModal extends Modal {
  private shown: PickItem[] = [];
  private selected = 0;
  private list!: HTMLElement;

  constructor(
    app: App,
    private readonly title: string,
    private readonly items: PickItem[],
    private readonly pick: (value: string) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.title);
    const input = this.contentEl.createEl('input', { type: 'text', cls: 'conference-notes-query' });
    this.list = this.contentEl.createDiv({ cls: 'conference-notes-hits' });
    bindQueryInput(input, {
      query: (text) => this.show(text),
      move: (delta) => this.select(this.selected + delta),
      choose: () => this.choose(this.shown[this.selected]),
    });
    this.show('');
    input.focus();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private show(text: string): void {
    const q = queryKeys(text);
    this.shown = q.jamo === '' ? this.items : this.items.filter((i) => matchClass(formKeys(i.label), q) > 0);
    this.list.empty();
    this.shown.forEach((item) => {
      const row = this.list.createDiv({ cls: 'conference-notes-hit' });
      row.createSpan({ cls: 'conference-notes-hit-label', text: item.label });
      if (item.detail) row.createSpan({ cls: 'conference-notes-muted', text: item.detail });
      row.addEventListener('click', () => this.choose(item));
    });
    this.select(0);
  }

  private select(i: number): void {
    this.selected = highlightRow(this.list, i, this.selected);
  }

  private choose(item: PickItem | undefined): void {
    if (!item) return;
    this.close();
    this.pick(item.value);
  }
}
