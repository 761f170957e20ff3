/**
 * A field that takes one or several values from suggestions (events,
 * speakers, topics), Korean-safe like every input of the plugin: it suggests
 * on each keystroke of a composition and an IME Enter never picks.
 */
import { bindQueryInput } from './query-input';
import { highlightRow } from './highlight-row';

export interface Suggestion {
  label: string;
  /** What the field keeps: an id, a name. */
  value: string;
  detail?: string;
  /** Typed by the user rather than found: the chip shows the text itself. */
  free?: boolean;
}

export interface ChipOptions {
  placeholder: string;
  /** One value only (the event). */
  single?: boolean;
  suggest(query: string): Suggestion[];
  /** The text for a free entry (`Add “x”`); none means only suggestions can be picked. */
  addLabel?: (text: string) => string;
  removeLabel: (label: string) => string;
  onChange?: (values: readonly Suggestion[]) => void;
}

export class ChipInput {
  readonly el: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly chips: HTMLElement;
  private readonly list: HTMLElement;
  private chosen: Suggestion[] = [];
  private shown: Suggestion[] = [];
  private selected = 0;

  constructor(
    parent: HTMLElement,
    private readonly o: ChipOptions,
  ) {
    this.el = parent.createDiv({ cls: 'conference-notes-chips' });
    this.chips = this.el.createDiv({ cls: 'conference-notes-chip-list' });
    this.input = this.el.createEl('input', { type: 'text', attr: { placeholder: o.placeholder, spellcheck: 'false' } });
    this.list = this.el.createDiv({ cls: 'conference-notes-hits conference-notes-chip-suggestions' });
    bindQueryInput(this.input, {
      query: (text) => this.suggest(text),
      move: (delta) => this.select(this.selected + delta),
      choose: () => {
        const pick = this.shown[this.selected];
        if (pick) this.add(pick);
      },
    });
    this.input.addEventListener('blur', () => window.setTimeout(() => this.list.empty(), 150));
  }

  get values(): readonly Suggestion[] {
    return this.chosen;
  }

  add(s: Suggestion): void {
    const chip = s.free ? { label: s.value, value: s.value, free: true } : s;
    if (this.o.single) this.chosen = [chip];
    else if (!this.chosen.some((c) => c.value === chip.value)) this.chosen.push(chip);
    this.input.value = '';
    this.list.empty();
    this.shown = [];
    this.drawChips();
    this.o.onChange?.(this.chosen);
  }

  private suggest(text: string): void {
    const query = text.trim();
    this.shown = query === '' ? [] : this.o.suggest(query);
    if (query !== '' && this.o.addLabel && !this.shown.some((s) => s.label === query)) this.shown.push({ label: this.o.addLabel(query), value: query, free: true });
    this.list.empty();
    this.shown.forEach((s, i) => {
      const row = this.list.createDiv({ cls: 'conference-notes-hit' });
      row.createSpan({ cls: 'conference-notes-hit-label', text: s.label });
      if (s.detail) row.createSpan({ cls: 'conference-notes-muted', text: s.detail });
      // mousedown, not click: the input's blur would hide the list first.
      row.addEventListener('mousedown', (evt) => {
        evt.preventDefault();
        this.add(this.shown[i]);
      });
    });
    this.select(0);
  }

  private select(i: number): void {
    this.selected = highlightRow(this.list, i, this.selected);
  }

  private drawChips(): void {
    this.chips.empty();
    for (const chip of this.chosen) {
      const el = this.chips.createSpan({ cls: 'conference-notes-chip', text: chip.label });
      const remove = el.createEl('button', { cls: 'conference-notes-chip-remove', text: '×', attr: { 'aria-label': this.o.removeLabel(chip.label) } });
      remove.addEventListener('click', () => {
        this.chosen = this.chosen.filter((c) => c !== chip);
        this.drawChips();
        this.o.onChange?.(this.chosen);
      });
    }
  }
}
