/**
 * The topic index pane (right sidebar): topics, speakers and events with
 * their talks across years, and the talks related to the active note. It
 * redraws only while shown (a hidden pane just remembers it is stale) and
 * draws only the rows in view.
 */
import { ItemView, Keymap, Menu, Platform, type WorkspaceLeaf } from 'obsidian';
import { speakerName } from '../core/index/listings';
import { paneRows, type PaneTab, type Row } from '../core/pane-rows';
import { withBroader } from '../core/index/topic-tree';
import { INDEX_CHANGED, type IndexService } from './index-service';
import { openPath } from './open-note';
import { drawRow } from './pane-row';
import { bindQueryInput } from './query-input';
import { VirtualList } from './virtual-list';
import { uiLanguage, uiText } from './language';

export const VIEW_TYPE = 'conference-notes-topic-index';

/** What the pane can start elsewhere in the plugin. */
export interface PaneActions {
  newSession(eventId?: string): void;
}
const TABS: readonly PaneTab[] = ['topics', 'speakers', 'events', 'note'];

export class TopicIndexView extends ItemView {
  private readonly t = uiText();
  private readonly lang = uiLanguage();
  private tab: PaneTab = 'topics';
  private readonly expanded = new Set<string>();
  private filter = '';
  private rows: Row[] = [];
  private selected = 0;
  private stale = true;
  private timer: number | undefined;
  private list!: VirtualList<Row>;
  private emptyEl!: HTMLElement;
  private input!: HTMLInputElement;
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
    const tabs = root.createDiv({ cls: 'conference-notes-tabs' });
    for (const tab of TABS) {
      const el = tabs.createEl('button', { cls: 'conference-notes-tab', text: this.t(`view.tab.${tab}`) });
      el.addEventListener('click', () => this.showTab(tab));
      this.tabEls.set(tab, el);
    }
    this.input = root.createEl('input', { type: 'search', cls: 'conference-notes-query', attr: { placeholder: this.t('view.filter'), spellcheck: 'false' } });
    bindQueryInput(this.input, {
      query: (text) => {
        this.filter = text;
        this.selected = 0;
        this.draw();
      },
      move: (delta) => this.select(this.selected + delta),
      choose: (newTab) => void this.activate(this.selected, newTab),
    });
    this.emptyEl = root.createDiv({ cls: 'conference-notes-empty' });
    this.list = new VirtualList<Row>(root, Platform.isMobile ? 44 : 30, (row, i, el) => this.drawRowEl(row, i, el));
    this.registerEvent(this.service.on(INDEX_CHANGED, () => this.requestDraw()));
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.tab === 'note' && this.requestDraw()));
    this.registerEvent(this.app.workspace.on('layout-change', () => this.stale && this.requestDraw()));
    this.showTab(this.tab);
    return Promise.resolve();
  }

  override onClose(): Promise<void> {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    return Promise.resolve();
  }

  /** Switches tab; `filter` replaces the filter text (used by "Sessions on this topic"). */
  showTab(tab: PaneTab, filter?: string): void {
    this.tab = tab;
    if (filter !== undefined) this.input.value = this.filter = filter;
    for (const [t, el] of this.tabEls) el.toggleClass('is-active', t === tab);
    this.selected = 0;
    this.draw();
  }

  /** Opens one group, and the broader topics it sits under, and scrolls to it. */
  reveal(tab: PaneTab, id: string): void {
    const open = tab === 'topics' ? withBroader(this.service.index.catalog.vocabulary, id) : [id];
    for (const g of open) this.expanded.add(g);
    this.showTab(tab, '');
    const at = this.rows.findIndex((r) => r.type === 'group' && r.id === id);
    if (at !== -1) this.select(at);
  }

  /** Coalesces bursts of changes into one draw, and none while the pane is hidden. */
  private requestDraw(): void {
    this.stale = true;
    if (!this.containerEl.isShown() || this.timer !== undefined) return;
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      this.draw();
    }, 30);
  }

  private draw(): void {
    const { index } = this.service;
    this.stale = false;
    const matches = this.filter.trim() === '' ? null : this.matchIds();
    const active = this.app.workspace.getActiveFile()?.path;
    this.rows = paneRows(index, { tab: this.tab, expanded: this.expanded, matches, activePath: active, speakerName: (k) => speakerName(index, k), lang: this.lang });
    if (matches && this.tab === 'note') this.rows = this.rows.filter((r) => r.type === 'session' && matches.includes(r.path));
    this.selected = Math.min(this.selected, Math.max(0, this.rows.length - 1));
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
    drawRow(el, row, i === this.selected, this.service.index, this.t, this.lang);
    el.addEventListener('click', (evt) => void this.activate(i, Keymap.isModEvent(evt) !== false));
    if (row.type === 'heading') return;
    el.addEventListener('contextmenu', (evt) => this.menu(row, evt));
    const path = row.type === 'session' ? row.path : row.notePath;
    if (path !== undefined) {
      el.addEventListener('mouseover', (event) => {
        this.app.workspace.trigger('hover-link', { event, source: VIEW_TYPE, hoverParent: this, targetEl: el, linktext: path, sourcePath: '' });
      });
    }
  }

  private select(i: number): void {
    const selectable = this.rows.length;
    if (selectable === 0) return;
    this.selected = (i + selectable) % selectable;
    this.list.reveal(this.selected);
    this.list.draw(true);
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
