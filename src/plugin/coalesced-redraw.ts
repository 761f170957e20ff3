/**
 * Index changes come in bursts (a save, a Sync pull): a pane or a code block
 * redraws once per burst, and not at all while it is hidden; a hidden one
 * remembers it is stale and is drawn when the layout shows it again.
 */
import type { App, Component } from 'obsidian';
import { INDEX_CHANGED, type IndexService } from './index-service';

const REDRAW_DELAY_MS = 30;

export class CoalescedRedraw {
  private timer: number | undefined;
  /** Something changed since the last draw. */
  private stale = false;

  constructor(
    private readonly el: HTMLElement,
    private readonly draw: () => void,
  ) {}

  /** Redraws on index changes, and when a layout change may have shown a stale element again. */
  watch(owner: Component, app: App, service: IndexService): void {
    owner.registerEvent(service.on(INDEX_CHANGED, () => this.request()));
    owner.registerEvent(app.workspace.on('layout-change', () => this.stale && this.request()));
    owner.register(() => window.clearTimeout(this.timer));
  }

  /** A draw soon, coalesced with others asked for meanwhile. */
  request(): void {
    this.stale = true;
    if (!this.el.isShown() || this.timer !== undefined) return;
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      // Hidden again before the timer ran: wait for it to show.
      if (this.el.isShown()) this.draw();
    }, REDRAW_DELAY_MS);
  }

  /** Whether a change is waiting for the element to show. */
  get pending(): boolean {
    return this.stale;
  }

  /** The owner drew: nothing is stale any more. */
  drawn(): void {
    this.stale = false;
  }
}
