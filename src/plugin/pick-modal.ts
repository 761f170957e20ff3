/**
 * A short list to pick one item from (an event, a topic, a day), filtered as
 * you type, Korean-safe: Obsidian's SuggestModal, which keeps the selected row
 * in view, with the Korean matching of the search and an IME-safe Enter.
 */
import { SuggestModal, type App } from 'obsidian';
import { queryKeys, matchClass, formKeys, type FormKeys } from '../core/search/keys';
import { isImeEnter } from './query-input';

export interface PickItem {
  label: string;
  detail?: string;
  value: string;
  /** Other names it is found by (a topic's English name and aliases under its Korean label). */
  also?: readonly string[];
}

export class PickModal extends SuggestModal<PickItem> {
  /** Each choice's label and other names, as keys to match: made once, not on every keystroke. */
  private readonly keys: FormKeys[][];

  constructor(
    app: App,
    /** What to pick, shown as the prompt's placeholder and its label. */
    prompt: string,
    private readonly choices: PickItem[],
    private readonly pick: (value: string) => void,
  ) {
    super(app);
    this.keys = choices.map((i) => [i.label, ...(i.also ?? [])].map((name) => formKeys(name)));
    this.limit = Math.max(this.limit, choices.length);
    this.setPlaceholder(prompt);
    this.inputEl.setAttr('aria-label', prompt);
    this.inputEl.spellcheck = false;
  }

  getSuggestions(text: string): PickItem[] {
    const q = queryKeys(text);
    if (q.jamo === '') return this.choices;
    // Best match first (a whole name before a name that only contains the query), else in the given order.
    const best = (i: number): number => Math.max(...this.keys[i].map((keys) => matchClass(keys, q)));
    return this.choices
      .map((item, i) => ({ item, match: best(i) }))
      .filter((c) => c.match > 0)
      .sort((a, b) => b.match - a.match)
      .map((c) => c.item);
  }

  renderSuggestion(item: PickItem, el: HTMLElement): void {
    el.addClass('conference-notes-hit');
    el.setAttr('title', item.label);
    el.createSpan({ cls: 'conference-notes-hit-label', text: item.label });
    if (item.detail) el.createSpan({ cls: 'conference-notes-muted', text: item.detail });
  }

  /** The Enter that ends a Korean syllable only finishes the syllable. */
  override selectSuggestion(item: PickItem, evt: MouseEvent | KeyboardEvent): void {
    if (evt.instanceOf(KeyboardEvent) && isImeEnter(evt)) return;
    super.selectSuggestion(item, evt);
  }

  onChooseSuggestion(item: PickItem): void {
    this.pick(item.value);
  }
}
