/**
 * A field that takes one or several values from suggestions (events,
 * speakers, topics), Korean-safe like every input of the plugin: it suggests
 * on each keystroke of a composition and an IME Enter never picks.
 *
 * The suggestions float over the form as Obsidian's input suggesters do (a
 * popover on the document, placed under the field), so nothing below the
 * field moves; while they show, the field's own key scope takes Escape, which
 * closes them and leaves the modal open. Obsidian's `AbstractInputSuggest`
 * would draw the popover too, but it picks on any Enter, composing ones included.
 */
import { Scope, type Modal } from 'obsidian';
import { bindQueryInput } from './query-input';
import { highlightRow } from './highlight-row';
import { isBareJamo } from '../core/text/hangul';
import { uniqueId } from './unique-id';

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
  /** The visible label's id, for `aria-labelledby`. */
  labelId: string;
  /** One value only (the event): once chosen, the search box gives way to the chip. */
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
  private readonly scope: Scope;
  private chosen: Suggestion[] = [];
  private shown: Suggestion[] = [];
  private selected = 0;

  constructor(
    parent: HTMLElement,
    private readonly modal: Modal,
    private readonly o: ChipOptions,
  ) {
    this.el = parent.createDiv({ cls: 'conference-notes-chips' });
    this.chips = this.el.createDiv({ cls: 'conference-notes-chip-list' });
    const listId = uniqueId('conference-notes-suggestions');
    this.input = this.el.createEl('input', {
      type: 'text',
      attr: { placeholder: o.placeholder, spellcheck: 'false', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': listId, 'aria-autocomplete': 'list', 'aria-labelledby': o.labelId },
    });
    this.list = createDiv({ cls: 'suggestion-container conference-notes-chip-suggestions', attr: { id: listId, role: 'listbox' } });
    this.scope = new Scope(modal.scope);
    this.scope.register([], 'Escape', () => {
      this.hide();
      return false;
    });
    bindQueryInput(this.input, {
      query: (text) => this.suggest(text),
      move: (delta) => this.select(this.selected + delta),
      choose: () => {
        const pick = this.shown[this.selected];
        if (pick) this.add(pick);
      },
    });
    this.input.addEventListener('blur', () => this.hide());
    // The popover is placed once per keystroke: when the form scrolls under it, it goes, as Obsidian's do.
    modal.modalEl.addEventListener('scroll', () => this.hide(), true);
  }

  get values(): readonly Suggestion[] {
    return this.chosen;
  }

  add(s: Suggestion): void {
    const chip = s.free ? { label: s.value, value: s.value, free: true } : s;
    if (this.o.single) this.chosen = [chip];
    else if (!this.chosen.some((c) => c.value === chip.value)) this.chosen.push(chip);
    this.input.value = '';
    this.hide();
    this.drawChips();
    this.o.onChange?.(this.chosen);
  }

  private suggest(text: string): void {
    const query = text.trim();
    this.shown = query === '' ? [] : this.o.suggest(query);
    // A bare jamo string (ㅊㅊ) is a way to search, never a name.
    const free = query !== '' && this.o.addLabel && !isBareJamo(query) && !this.shown.some((s) => s.label === query);
    if (free && this.o.addLabel) this.shown.push({ label: this.o.addLabel(query), value: query, free: true });
    if (this.shown.length === 0) {
      this.hide();
      return;
    }
    this.list.empty();
    this.shown.forEach((s, i) => {
      const row = this.list.createDiv({ cls: 'suggestion-item conference-notes-hit', attr: { role: 'option' } });
      row.createSpan({ cls: 'conference-notes-hit-label', text: s.label });
      if (s.detail) row.createSpan({ cls: 'conference-notes-muted', text: s.detail });
      // mousedown, not click: the input's blur would hide the list first.
      row.addEventListener('mousedown', (evt) => {
        evt.preventDefault();
        this.add(this.shown[i]);
      });
    });
    this.show();
    this.selected = highlightRow(this.list, 0, 0);
  }

  private select(i: number): void {
    this.selected = highlightRow(this.list, i, this.selected);
  }

  /** Puts the popover under the field, over whatever follows it, and gives it the keys. */
  private show(): void {
    const box = this.input.getBoundingClientRect();
    this.list.setCssProps({ '--cn-popover-top': `${box.bottom + 4}px`, '--cn-popover-left': `${box.left}px`, '--cn-popover-width': `${box.width}px` });
    if (!this.list.isConnected) {
      this.input.ownerDocument.body.appendChild(this.list);
      this.modal.app.keymap.pushScope(this.scope);
      this.input.setAttr('aria-expanded', 'true');
    }
  }

  /** Drops the popover; the form calls it on close too, as the popover sits on the document body, outside the modal's content. */
  hide(): void {
    this.shown = [];
    if (!this.list.isConnected) return;
    this.list.remove();
    this.list.empty();
    this.modal.app.keymap.popScope(this.scope);
    this.input.setAttr('aria-expanded', 'false');
  }

  private drawChips(): void {
    this.chips.empty();
    // A single-value field shows its chip alone; removing the chip brings the search box back.
    this.input.toggleClass('is-hidden', this.o.single === true && this.chosen.length > 0);
    for (const chip of this.chosen) {
      const el = this.chips.createSpan({ cls: 'conference-notes-chip', text: chip.label });
      const remove = el.createEl('button', { cls: 'conference-notes-chip-remove', text: '×', attr: { 'aria-label': this.o.removeLabel(chip.label) } });
      remove.addEventListener('click', () => {
        this.chosen = this.chosen.filter((c) => c !== chip);
        this.drawChips();
        if (this.o.single) this.input.focus();
        this.o.onChange?.(this.chosen);
      });
    }
  }
}
