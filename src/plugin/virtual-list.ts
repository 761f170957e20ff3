/**
 * A scrolling list that keeps only the rows in view (plus a margin) in the
 * DOM: at most MAX_ROWS however long the list, so 50,000 talks scroll as
 * lightly as 50. Rows have one fixed height; positions go through CSS variables.
 */
export const MAX_ROWS = 200;
const OVERSCAN = 20;

export class VirtualList<T> {
  readonly el: HTMLElement;
  private readonly spacer: HTMLElement;
  private readonly window: HTMLElement;
  private items: readonly T[] = [];
  private drawn = { first: -1, last: -1, items: this.items };

  constructor(
    parent: HTMLElement,
    private rowHeight: number,
    private readonly renderRow: (item: T, index: number, el: HTMLElement) => void,
  ) {
    this.el = parent.createDiv({ cls: 'conference-notes-scroll' });
    this.spacer = this.el.createDiv({ cls: 'conference-notes-spacer' });
    this.window = this.spacer.createDiv({ cls: 'conference-notes-window' });
    this.el.setCssProps({ '--cn-row-height': `${rowHeight}px` });
    this.el.addEventListener('scroll', () => this.draw());
  }

  /** A list whose rows change look (one line or two) changes their height with it. */
  setRowHeight(height: number): void {
    this.rowHeight = height;
    this.el.setCssProps({ '--cn-row-height': `${height}px` });
  }

  setItems(items: readonly T[]): void {
    this.items = items;
    this.spacer.setCssProps({ '--cn-total-height': `${items.length * this.rowHeight}px` });
    this.draw(true);
  }

  /** Redraws the rows in view; `force` after the items or their look changed. */
  draw(force = false): void {
    // A hidden list has no height yet: draw a first screenful rather than nothing.
    const viewport = this.el.clientHeight || 30 * this.rowHeight;
    const first = Math.max(0, Math.floor(this.el.scrollTop / this.rowHeight) - OVERSCAN);
    const last = Math.min(this.items.length, first + Math.min(MAX_ROWS, Math.ceil(viewport / this.rowHeight) + 2 * OVERSCAN));
    if (!force && first === this.drawn.first && last === this.drawn.last && this.items === this.drawn.items) return;
    // A row that had the focus gets it back once redrawn, so the keyboard keeps its place.
    const focused = [...this.window.children].findIndex((el) => el.contains(this.el.ownerDocument.activeElement));
    const refocus = focused === -1 ? -1 : this.drawn.first + focused;
    this.drawn = { first, last, items: this.items };
    this.window.setCssProps({ '--cn-offset': `${first * this.rowHeight}px` });
    this.window.empty();
    for (let i = first; i < last; i++) this.renderRow(this.items[i], i, this.window.createDiv({ cls: 'conference-notes-row' }));
    if (refocus !== -1) this.rowEl(refocus)?.focus({ preventScroll: true });
  }

  /** Scrolls so that row `index` is in view. */
  reveal(index: number): void {
    const top = index * this.rowHeight;
    const height = this.el.clientHeight || this.rowHeight;
    if (top < this.el.scrollTop) this.el.scrollTop = top;
    else if (top + this.rowHeight > this.el.scrollTop + height) this.el.scrollTop = top + this.rowHeight - height;
    this.draw();
  }

  /** The element drawn for row `index`, if it is in the DOM. */
  rowEl(index: number): HTMLElement | undefined {
    if (index < this.drawn.first || index >= this.drawn.last) return undefined;
    return this.window.children[index - this.drawn.first] as HTMLElement | undefined;
  }
}
