/**
 * The agenda pane: one day of an event, talks by time and track with their
 * status, the talk on now and the next one marked. It opens on today while an
 * event is on (else the event of the active note, else the latest event), and
 * redraws only while shown: on index changes and once a minute for the clock.
 * Keys: arrows move, Enter opens (Mod: new tab), P plans, S skips, the menu
 * key or Shift+F10 opens the menu.
 */
import { ItemView, Keymap, Menu, Platform, setIcon, type WorkspaceLeaf } from 'obsidian';
import { agendaRows, eventDays, eventTalks, type AgendaRow } from '../core/schedule/agenda';
import type { SessionStatus } from '../core/note/model';
import { speakerName } from '../core/index/listings';
import { defaultAgenda, nowAndNext, todayIn } from '../core/schedule/now';
import type { CoreSettings } from '../core/note/settings';
import { clock } from './clock';
import { CoalescedRedraw } from './coalesced-redraw';
import type { IndexService } from './index-service';
import { openPath } from './open-note';
import { PickModal } from './pick-modal';
import { setTalkStatus, toggled } from './talk-status';
import { VirtualList } from './virtual-list';
import { uiText } from './language';
import { uniqueId } from './unique-id';

export const AGENDA_VIEW = 'conference-notes-agenda';
type TalkRow = Extract<AgendaRow, { type: 'talk' }>;

export class AgendaView extends ItemView {
  private readonly t = uiText();
  private event: string | undefined;
  private date: string | undefined;
  private days: string[] = [];
  private rows: AgendaRow[] = [];
  private selected = -1;
  private readonly redraw = new CoalescedRedraw(this.containerEl, () => this.draw());
  private list!: VirtualList<AgendaRow>;
  private eventButton!: HTMLButtonElement;
  private dayLabel!: HTMLElement;
  private emptyEl!: HTMLElement;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly service: IndexService,
    private readonly settings: () => CoreSettings,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return AGENDA_VIEW;
  }

  getDisplayText(): string {
    return this.t('agenda.title');
  }

  override getIcon(): string {
    return 'calendar-clock';
  }

  override onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass('conference-notes-pane', 'conference-notes-agenda');
    const bar = root.createDiv({ cls: 'conference-notes-agenda-bar' });
    this.eventButton = bar.createEl('button', { cls: 'conference-notes-agenda-event' });
    this.eventButton.addEventListener('click', () => this.pickEvent());
    const button = (icon: string, label: string, run: () => void): void => {
      const el = bar.createEl('button', { cls: 'clickable-icon', attr: { 'aria-label': label } });
      setIcon(el, icon);
      el.addEventListener('click', run);
    };
    button('chevron-left', this.t('agenda.previousDay'), () => this.stepDay(-1));
    this.dayLabel = bar.createSpan({ cls: 'conference-notes-agenda-day' });
    button('chevron-right', this.t('agenda.nextDay'), () => this.stepDay(1));
    bar.createEl('button', { text: this.t('agenda.today') }).addEventListener('click', () => this.showDay(this.event, undefined));
    this.emptyEl = root.createDiv({ cls: 'conference-notes-empty' });
    this.list = new VirtualList<AgendaRow>(root, Platform.isMobile ? 52 : 44, (row, i, el) => this.drawRow(row, i, el));
    this.list.el.tabIndex = 0;
    this.list.el.setAttr('role', 'listbox');
    this.list.el.setAttr('aria-label', this.t('agenda.title'));
    this.list.el.id = uniqueId('conference-notes-agenda');
    this.list.el.addEventListener('keydown', (evt) => this.onKey(evt));
    this.redraw.watch(this, this.app, this.service);
    // The clock moves even when nothing else does: now and next are looked at again each minute.
    this.registerInterval(window.setInterval(() => this.redraw.request(), 60_000));
    this.draw();
    return Promise.resolve();
  }

  /** Shows a day of an event; without them, the default day (today while an event is on). */
  showDay(event: string | undefined, date: string | undefined): void {
    this.event = event;
    this.date = date;
    this.selected = -1;
    this.draw();
  }

  private stepDay(step: number): void {
    const at = this.days.indexOf(this.date ?? '');
    const day = this.days[at + step];
    if (day !== undefined) this.showDay(this.event, day);
  }

  private pickEvent(): void {
    const events = [...this.service.index.catalog.events.values()].filter((e) => this.service.index.eventFrequency(e.id) > 0);
    const items = events.map((e) => ({ label: e.title, detail: e.start, value: e.id }));
    new PickModal(this.app, this.t('agenda.pickEvent'), items, (id) => this.showDay(id, undefined)).open();
  }

  private draw(): void {
    const { index } = this.service;
    this.redraw.drawn();
    const now = clock.now();
    if (this.event === undefined || !index.catalog.events.has(this.event)) {
      const active = this.app.workspace.getActiveFile()?.path;
      const preferred = active === undefined ? undefined : index.session(active)?.event ?? index.catalog.events.get(active.replace(/^.*\//, '').replace(/\.md$/, ''))?.id;
      const start = defaultAgenda(index, now, preferred);
      this.event = start?.event;
      this.date = start?.date;
    }
    const talks = this.event === undefined ? [] : eventTalks(index, this.event, (k) => speakerName(index, k));
    this.days = eventDays(index.catalog.events.get(this.event ?? ''), talks);
    // A chosen event opens on today while it is on, else on its first day.
    const today = todayIn(now, index.catalog.events.get(this.event ?? '')?.timeZone);
    this.date ??= this.days.includes(today) ? today : this.days[0];
    this.rows = this.date === undefined ? [] : agendaRows(talks, this.date, nowAndNext(talks, now));
    const dayNumber = this.days.indexOf(this.date ?? '') + 1;
    this.eventButton.setText(this.event === undefined ? this.t('agenda.pickEvent') : index.catalog.events.get(this.event)?.title ?? this.event);
    this.dayLabel.setText(this.date === undefined ? '' : dayNumber > 0 ? this.t('agenda.day', { day: dayNumber, date: this.date }) : this.date);
    this.emptyEl.empty();
    this.emptyEl.toggleClass('is-hidden', this.rows.length > 0);
    if (this.rows.length === 0) this.emptyEl.setText(this.event === undefined ? this.t('agenda.noEvents') : this.t('agenda.empty'));
    if (this.selected >= this.rows.length) this.selected = -1;
    this.list.setItems(this.rows);
  }

  private drawRow(row: AgendaRow, i: number, el: HTMLElement): void {
    el.dataset.key = row.key;
    if (row.type === 'slot') {
      el.addClass('conference-notes-heading');
      el.setAttr('role', 'presentation');
      el.createSpan({ cls: 'conference-notes-label', text: row.time ?? this.t('agenda.noTime') });
      return;
    }
    el.addClass('conference-notes-session', 'conference-notes-talk');
    el.setAttr('role', 'option');
    el.id = `${this.list.el.id}-${i}`;
    el.toggleClass('is-selected', i === this.selected);
    el.setAttr('aria-selected', String(i === this.selected));
    el.setAttr('title', row.title);
    // Two lines: what the talk is (and whether it is on), then when, where and who.
    const text = el.createDiv({ cls: 'conference-notes-talk-text' });
    const head = text.createDiv({ cls: 'conference-notes-talk-head' });
    if (row.state) {
      el.addClass(`is-${row.state}`);
      head.createSpan({ cls: 'conference-notes-badge', text: this.t(row.state === 'now' ? 'agenda.now' : 'agenda.next') });
    }
    head.createSpan({ cls: 'conference-notes-label', text: row.title });
    if (row.status) head.createSpan({ cls: `conference-notes-status is-${row.status}`, text: this.t(`status.${row.status}`) });
    const meta = text.createDiv({ cls: 'conference-notes-talk-meta' });
    meta.createSpan({ text: row.time !== undefined && row.end !== undefined ? `${row.time}–${row.end}` : row.time ?? '' });
    meta.createSpan({ text: row.track || this.t('agenda.allTracks') });
    if (row.speakers.length > 0) meta.createSpan({ text: row.speakers.join(', ') });
    const marks = el.createDiv({ cls: 'conference-notes-marks' });
    for (const [wanted, label, text] of [['planned', 'agenda.plan', '✓'], ['skipped', 'agenda.skip', '✕']] as const) {
      const b = marks.createEl('button', { cls: 'conference-notes-mark', text, attr: { 'aria-label': this.t(label), 'aria-pressed': String(row.status === wanted), tabindex: '-1' } });
      b.addEventListener('click', (evt) => {
        evt.stopPropagation();
        void this.mark(row, wanted);
      });
    }
    el.addEventListener('click', (evt) => {
      this.selected = i;
      void openPath(this.app, row.path, Keymap.isModEvent(evt) !== false);
    });
    el.addEventListener('contextmenu', (evt) => {
      evt.preventDefault();
      this.menu(row).showAtMouseEvent(evt);
    });
  }

  private mark(row: TalkRow, wanted: SessionStatus): Promise<boolean> {
    return setTalkStatus(this.app, row.path, this.settings().props.status, toggled(row.status, wanted));
  }

  private menu(row: TalkRow): Menu {
    const menu = new Menu();
    menu.addItem((item) => item.setTitle(this.t('menu.openNewTab')).setIcon('file-plus').onClick(() => void openPath(this.app, row.path, true)));
    menu.addItem((item) => item.setTitle(this.t('agenda.plan')).setIcon('calendar-check').onClick(() => void setTalkStatus(this.app, row.path, this.settings().props.status, 'planned')));
    menu.addItem((item) => item.setTitle(this.t('agenda.skip')).setIcon('calendar-x').onClick(() => void setTalkStatus(this.app, row.path, this.settings().props.status, 'skipped')));
    if (row.status) menu.addItem((item) => item.setTitle(this.t('agenda.clear')).setIcon('eraser').onClick(() => void setTalkStatus(this.app, row.path, this.settings().props.status, null)));
    return menu;
  }

  private onKey(evt: KeyboardEvent): void {
    const talks = this.rows.flatMap((r, i) => (r.type === 'talk' ? [i] : []));
    if (talks.length === 0) return;
    const row = this.rows[this.selected];
    const current = row?.type === 'talk' ? row : undefined;
    if (evt.key === 'ArrowDown' || evt.key === 'ArrowUp') {
      evt.preventDefault();
      const at = talks.indexOf(this.selected);
      const next = at === -1 ? (evt.key === 'ArrowDown' ? 0 : talks.length - 1) : (at + (evt.key === 'ArrowDown' ? 1 : -1) + talks.length) % talks.length;
      this.selected = talks[next];
      this.list.reveal(this.selected);
      this.list.draw(true);
      // The focus stays on the list; screen readers follow the selected talk.
      this.list.el.setAttr('aria-activedescendant', `${this.list.el.id}-${this.selected}`);
    } else if (!current) return;
    else if (evt.key === 'Enter') void openPath(this.app, current.path, Keymap.isModEvent(evt) !== false);
    else if (evt.key.toLowerCase() === 'p') void this.mark(current, 'planned');
    else if (evt.key.toLowerCase() === 's') void this.mark(current, 'skipped');
    else if (evt.key === 'ContextMenu' || (evt.key === 'F10' && evt.shiftKey)) {
      evt.preventDefault();
      const rect = this.list.rowEl(this.selected)?.getBoundingClientRect();
      this.menu(current).showAtMouseEvent(new MouseEvent('contextmenu', { clientX: rect?.left ?? 0, clientY: rect?.bottom ?? 0 }));
    }
  }
}
