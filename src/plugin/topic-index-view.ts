/**
 * The topic index pane (right sidebar): topics, speakers and events with
 * their talks across years, and the talks related to the active note. It
 * redraws only while shown (a hidden pane just remembers it is stale) and
 * draws only the rows in view.
 */
import { ItemView, Keymap, Menu, Platform, type WorkspaceLeaf } from 'obsidian';
import { speakerName } from '../core/index/listings';
import { paneRows, treeLevel, treePositions, type PaneTab, type Row } from '../core/index/pane-rows';
import { withBroader } from '../core/index/topic-tree';
import { CoalescedRedraw } from './coalesced-redraw';
import type { IndexService } from './index-service';
import { openPath } from './open-note';
import { drawRow } from './pane-row';
import { bindQueryInput } from './query-input';
import { VirtualList } from './virtual-list';
import { uiLanguage, uiText } from './language';
import { uniqueId } from './unique-id';

export const VIEW_TYPE = 'conference-notes-topic-index';

/** What the pane can start elsewhere in the plugin. */
export interface PaneActions {
  newSession(eventId?: string): void;
}
const TABS: readonly PaneTab[] = ['topics', 'speakers', 'events', 'note'];
/** Row heights: Obsidian's list rows on desktop, a touch target on phones; related talks take two lines. */
const ROW_HEIGHT = { one: Platform.isMobile ? 44 : 28, two: Platform.isMobile ? 56 : 44 };

export class TopicIndexView extends ItemView {
  private readonly t = uiText();
  private readonly lang = uiLanguage();
  private tab: PaneTab = 'topics';
  private readonly expanded = new Set<string>();
  private filter = '';
  private rows: Row[] = [];
  private positions: ReturnType<typeof treePositions> = { pos: new Int32Array(0), size: new Int32Array(0) };
  private selected = 0;
  private readonly redraw = new CoalescedRedraw(this.containerEl, () => this.draw());
  private list!: VirtualList<Row>;
  private emptyEl!: HTMLElement;
  private input!: HTMLInputElement;
  private noteHeader!: HTMLElement;
  private readonly tabEls = new Map<PaneTab, HTMLElement>();

  constructor(
    leaf: WorkspaceLeaf,
    private readonly service: IndexService,
    private readonly actions?: PaneActions,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW_TYPE;
  }

  getDisplayText(): string {
    return this.t('view.title');
  }

  override getIcon(): string {
    return 'library';
  }

  override onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass('conference-notes-pane');
    const id = uniqueId('conference-notes');
    const tabs = root.createDiv({ cls: 'conference-notes-tabs', attr: { role: 'tablist', 'aria-label': this.t('view.tabs') } });
    for (const tab of TABS) {
      const attr = { role: 'tab', id: `${id}-tab-${tab}`, 'aria-controls': `${id}-list` };
      const el = tabs.createDiv({ cls: 'conference-notes-tab', text: this.t(`view.tab.${tab}`), attr });
      el.addEventListener('click', () => this.showTab(tab));
      el.addEventListener('keydown', (evt) => this.onTabKey(evt, tab));
      this.tabEls.set(tab, el);
    }
    this.input = root.createEl('input', {
      type: 'search',
      cls: 'conference-notes-query',
      attr: { placeholder: this.t('view.filter'), spellcheck: 'false', 'aria-label': this.t('view.filterLabel'), 'aria-controls': `${id}-list` },
    });
    bindQueryInput(this.input, {
      query: (text) => {
        this.filter = text;
        this.selected = 0;
        this.draw();
      },
      move: (delta) => this.select(this.step(this.selected, delta)),
      choose: (newTab) => void this.activate(this.selected, newTab),
    });
    this.noteHeader = root.createDiv({ cls: 'conference-notes-note-header' });
    this.emptyEl = root.createDiv({ cls: 'conference-notes-empty' });
    this.list = new VirtualList<Row>(root, ROW_HEIGHT.one, (row, i, el) => this.drawRowEl(row, i, el));
    this.list.el.id = `${id}-list`;
    this.list.el.setAttr('role', 'tree');
    this.list.el.addEventListener('keydown', (evt) => this.onTreeKey(evt));
    this.redraw.watch(this, this.app, this.service);
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.tab === 'note' && this.redraw.request()));
    this.showTab(this.tab);
    return Promise.resolve();
  }

  /** Switches tab; `filter` replaces the filter text (used by "Sessions on this topic"). */
  showTab(tab: PaneTab, filter?: string): void {
    this.tab = tab;
    if (filter !== undefined) this.input.value = this.filter = filter;
    for (const [t, el] of this.tabEls) {
      el.toggleClass('is-active', t === tab);
      el.setAttr('aria-selected', String(t === tab));
      el.setAttr('tabindex', t === tab ? '0' : '-1');
    }
    this.list.el.setAttr('aria-labelledby', this.tabEls.get(tab)?.id ?? '');
    this.list.setRowHeight(tab === 'note' ? ROW_HEIGHT.two : ROW_HEIGHT.one);
    this.selected = 0;
    this.draw();
  }

  /** Arrow keys, Home and End move between tabs and show the tab, as in a WAI-ARIA tab list. */
  private onTabKey(evt: KeyboardEvent, tab: PaneTab): void {
    const at = TABS.indexOf(tab);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 }[evt.key];
    if (to === undefined) {
      if (evt.key === 'Enter' || evt.key === ' ') this.showTab(tab);
      return;
    }
    evt.preventDefault();
    const next = TABS[(to + TABS.length) % TABS.length];
    this.showTab(next);
    this.tabEls.get(next)?.focus();
  }

  /** Opens one group, and the broader topics it sits under, and scrolls to it. */
  reveal(tab: PaneTab, id: string): void {
    const open = tab === 'topics' ? withBroader(this.service.index.catalog.vocabulary, id) : [id];
    for (const g of open) this.expanded.add(g);
    this.showTab(tab, '');
    const at = this.rows.findIndex((r) => r.type === 'group' && r.id === id);
    if (at !== -1) this.select(at);
  }

  private draw(): void {
    const { index } = this.service;
    this.redraw.drawn();
    const matches = this.filter.trim() === '' ? null : this.matchIds();
    const active = this.app.workspace.getActiveFile()?.path;
    this.rows = paneRows(index, { tab: this.tab, expanded: this.expanded, matches, activePath: active, speakerName: (k) => speakerName(index, k), lang: this.lang });
    if (matches && this.tab === 'note') this.rows = this.rows.filter((r) => r.type === 'session' && matches.includes(r.path));
    this.positions = treePositions(this.rows, this.tab === 'note');
    this.selected = this.step(Math.min(this.selected, Math.max(0, this.rows.length - 1)), 0);
    const note = this.tab === 'note' && active !== undefined ? index.session(active) : undefined;
    this.noteHeader.toggleClass('is-hidden', note === undefined);
    this.noteHeader.setText(note ? this.t('view.relatedTo', { title: note.title }) : '');
    this.noteHeader.setAttr('title', note?.title ?? '');
    this.emptyEl.empty();
    this.emptyEl.toggleClass('is-hidden', this.rows.length > 0);
    if (this.rows.length === 0) {
      this.emptyEl.createDiv({ text: this.emptyText(matches !== null, active) });
      const actions = this.actions;
      if (actions && this.service.index.sessionCount === 0) {
        this.emptyEl.createEl('button', { cls: 'mod-cta', text: this.t('command.newSession') }).addEventListener('click', () => actions.newSession());
      }
    }
    this.list.setItems(this.rows);
  }

  private emptyText(filtered: boolean, active: string | undefined): string {
    if (filtered) return this.t('search.empty');
    if (this.service.index.sessionCount === 0) return this.t('view.empty.noSessions');
    if (this.tab === 'note') return active && this.service.index.session(active) ? this.t('view.empty.noRelated') : this.t('view.empty.noActive');
    return this.t('view.empty.noSessions');
  }

  /** Ids the filter keeps for this tab, best first. */
  private matchIds(): string[] {
    const { index, searcher } = this.service;
    const hits = searcher.search(this.filter, 500);
    if (this.tab === 'topics') return hits.filter((h) => h.kind === 'topic').map((h) => h.id);
    if (this.tab === 'speakers') return hits.filter((h) => h.kind === 'speaker').map((h) => index.catalog.speakerKey({ text: h.id }));
    if (this.tab === 'events') return hits.filter((h) => h.kind === 'event').map((h) => h.id);
    return hits.filter((h) => h.kind === 'session').map((h) => h.id);
  }

  private drawRowEl(row: Row, i: number, el: HTMLElement): void {
    const state = { selected: i === this.selected, pos: this.positions.pos[i], size: this.positions.size[i], related: this.tab === 'note', bySpeaker: this.tab === 'speakers' };
    drawRow(el, row, state, this.service.index, this.t, this.lang);
    if (row.type === 'heading') return;
    el.addEventListener('click', (evt) => void this.activate(i, Keymap.isModEvent(evt) !== false));
    el.addEventListener('contextmenu', (evt) => this.menu(row, evt));
    const path = row.type === 'session' ? row.path : row.notePath;
    if (path !== undefined) {
      el.addEventListener('mouseover', (event) => {
        this.app.workspace.trigger('hover-link', { event, source: VIEW_TYPE, hoverParent: this, targetEl: el, linktext: path, sourcePath: '' });
      });
    }
  }

  /** The row `delta` rows of talks or groups away from `from`, wrapping; sub-headings are skipped. */
  private step(from: number, delta: number): number {
    const n = this.rows.length;
    if (n === 0) return 0;
    const direction = delta < 0 ? -1 : 1;
    let at = from;
    for (let moved = 0, tries = 0; tries < 2 * n && (moved < Math.abs(delta) || this.rows[at]?.type === 'heading'); tries++) {
      at = (at + direction + n) % n;
      if (this.rows[at].type !== 'heading') moved++;
    }
    return at;
  }

  /** `focus`: the row takes the keyboard focus (keys pressed in the tree, not in the filter). */
  private select(i: number, focus = false): void {
    if (this.rows.length === 0) return;
    this.selected = i;
    this.list.reveal(this.selected);
    this.list.draw(true);
    if (focus) this.list.rowEl(this.selected)?.focus({ preventScroll: true });
  }

  /** Keys on a focused row, as in Obsidian's trees: ↑↓ move, → opens or goes in, ← closes or goes up, Enter acts. */
  private onTreeKey(evt: KeyboardEvent): void {
    const row = this.rows[this.selected];
    if (!row) return;
    const group = row.type === 'group';
    const open = group && row.expanded;
    const move = (to: number | undefined): void => {
      evt.preventDefault();
      if (to !== undefined) this.select(to, true);
    };
    if (evt.key === 'ArrowDown' || evt.key === 'ArrowUp') move(this.step(this.selected, evt.key === 'ArrowDown' ? 1 : -1));
    else if (evt.key === 'Home') move(this.step(this.rows.length - 1, 1));
    else if (evt.key === 'End') move(this.step(0, -1));
    else if (evt.key === 'ArrowRight' && open) move(this.step(this.selected, 1));
    else if (evt.key === 'ArrowLeft' && !open) move(this.parentOf(this.selected));
    else if (evt.key === 'Enter' || evt.key === ' ' || (evt.key.startsWith('Arrow') && group)) {
      // Enter and Space act on any row; → opens a group and ← closes it.
      evt.preventDefault();
      void this.activate(this.selected, Keymap.isModEvent(evt) !== false);
    }
  }

  /** The group a row sits under, for ←. */
  private parentOf(i: number): number | undefined {
    const level = treeLevel(this.rows[i]);
    for (let j = i - 1; j >= 0; j--) if (this.rows[j].type === 'group' && treeLevel(this.rows[j]) < level) return j;
    return undefined;
  }

  /** Enter or click: a group opens or closes, a talk opens. */
  private async activate(i: number, newTab: boolean): Promise<void> {
    const row = this.rows[i];
    if (!row) return;
    this.selected = i;
    if (row.type === 'group') {
      if (this.expanded.has(row.id)) this.expanded.delete(row.id);
      else this.expanded.add(row.id);
      this.draw();
    } else if (row.type === 'session') await openPath(this.app, row.path, newTab);
  }

  private menu(row: Exclude<Row, { type: 'heading' }>, evt: MouseEvent): void {
    const path = row.type === 'session' ? row.path : row.notePath;
    if (path === undefined) return;
    evt.preventDefault();
    const menu = new Menu();
    const label = row.type === 'session' ? 'menu.openNewTab' : 'menu.openNote';
    menu.addItem((item) => item.setTitle(this.t(label)).setIcon('file-plus').onClick(() => void openPath(this.app, path, row.type === 'session')));
    menu.addItem((item) =>
      item.setTitle(this.t('menu.copyLink')).setIcon('link').onClick(() => {
        const file = this.app.vault.getFileByPath(path);
        if (file) void navigator.clipboard.writeText(this.app.fileManager.generateMarkdownLink(file, ''));
      }),
    );
    if (row.type === 'group' && row.kind === 'event' && this.actions) {
      const actions = this.actions;
      menu.addItem((item) => item.setTitle(this.t('block.newSession')).setIcon('plus').onClick(() => actions.newSession(row.id)));
    }
    menu.showAtMouseEvent(evt);
  }
}
