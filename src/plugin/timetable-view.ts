/**
 * A "Timetable" view type for Bases (Obsidian 1.10+): the query's talks as a
 * grid, one table per day with a column per track. On older versions nothing
 * is registered and the programme base keeps its table views.
 *
 * The installed API types predate Bases, so the few members used are described
 * here: `registerBasesView` on the plugin, the runtime `BasesView` class, and
 * entries with `file` and `getValue(id)` whose values have `isTruthy` and `toString`.
 */
import * as obsidian from 'obsidian';
import { requireApiVersion, type App, type Component, type Plugin } from 'obsidian';
import type { CoreSettings } from '../core/note/settings';
import { TIMETABLE_VIEW } from '../core/schedule/programme-base';
import { timetable, type TimetableItem } from '../core/schedule/timetable';
import { openPath } from './open-note';
import { uiText } from './language';

interface BasesValue {
  isTruthy(): boolean;
  toString(): string;
}

interface BasesEntry {
  file: { path: string; basename: string };
  getValue(property: string): BasesValue | null;
}

interface BasesViewInstance extends Component {
  app: App;
  data?: { data: BasesEntry[] } | null;
}

type BasesViewClass = abstract new (controller: unknown) => BasesViewInstance;

interface BasesHost {
  registerBasesView?(id: string, registration: { name: string; icon: string; factory: (controller: unknown, containerEl: HTMLElement) => unknown }): boolean;
}

const STATUSES: readonly string[] = ['planned', 'attended', 'watched', 'skipped', 'cancelled'];

const text = (value: BasesValue | null): string => (value && value.isTruthy() ? value.toString() : '');

/** One talk of the query as a grid item, its properties named by the settings. */
function timetableItem(entry: BasesEntry, settings: CoreSettings): TimetableItem {
  const p = settings.props;
  const get = (name: string): string => text(entry.getValue(`note.${name}`));
  const day = get(p.date) || (get(p.day) ? `day ${get(p.day)}` : '');
  return { path: entry.file.path, title: get(p.title) || entry.file.basename, day, time: get(p.time), end: get(p.end), track: get(p.track), status: get(p.status) };
}

/** Registers the view where Bases supports plugin views; returns whether it did. */
export function registerTimetable(plugin: Plugin, settings: () => CoreSettings): boolean {
  const Base = (obsidian as unknown as { BasesView?: BasesViewClass }).BasesView;
  const host = plugin as unknown as BasesHost;
  if (!requireApiVersion('1.10.0') || typeof host.registerBasesView !== 'function' || typeof Base !== 'function') return false;
  const t = uiText();

  class TimetableView extends Base {
    readonly type = TIMETABLE_VIEW;

    constructor(
      controller: unknown,
      private readonly el: HTMLElement,
    ) {
      super(controller);
    }

    onDataUpdated(): void {
      this.el.empty();
      const root = this.el.createDiv({ cls: 'conference-notes-timetable' });
      const days = timetable((this.data?.data ?? []).map((e) => timetableItem(e, settings())));
      for (const day of days) {
        root.createEl('h3', { text: day.day || t('agenda.noTime') });
        const table = root.createEl('table');
        const head = table.createEl('thead').createEl('tr');
        head.createEl('th');
        for (const track of day.tracks) head.createEl('th', { text: track || t('agenda.allTracks') });
        const body = table.createEl('tbody');
        for (const slot of day.slots) {
          const row = body.createEl('tr');
          row.createEl('th', { text: slot.time || t('agenda.noTime') });
          for (const cell of slot.cells) {
            const td = row.createEl('td');
            for (const item of cell) {
              // The status is the note's text: only a known one becomes a class.
              const status = STATUSES.includes(item.status) ? item.status : 'none';
              const link = td.createEl('a', { cls: `conference-notes-timetable-talk is-${status}`, text: item.title, attr: { href: '#' } });
              if (item.end) link.setAttr('title', `${item.time}–${item.end}`);
              link.addEventListener('click', (evt) => {
                evt.preventDefault();
                void openPath(this.app, item.path, evt.ctrlKey || evt.metaKey);
              });
            }
          }
        }
      }
    }
  }

  return host.registerBasesView(TIMETABLE_VIEW, { name: t('timetable.name'), icon: 'calendar-range', factory: (controller, el) => new TimetableView(controller, el) }) === true;
}
