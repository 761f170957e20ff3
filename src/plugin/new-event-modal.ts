/** "New event": name, series, edition, dates and venue; creates the hub note with its live list of talks. */
import { Modal, Notice, type App } from 'obsidian';
import { buildEventNote } from '../core/capture/new-event';
import { createNote, isFile, openAt } from './create-note';
import type { PluginSettings } from './settings';
import { formFooter } from './form-keys';
import { uiText } from './language';
import { uniqueId } from './unique-id';

const FIELDS = [
  ['name', 'event.name', 'text'],
  ['series', 'event.series', 'text'],
  ['edition', 'event.edition', 'text'],
  ['start', 'event.start', 'date'],
  ['end', 'event.end', 'date'],
  ['venue', 'event.venue', 'text'],
] as const;

export class NewEventModal extends Modal {
  private readonly t = uiText();
  private readonly inputs = new Map<string, HTMLInputElement>();

  constructor(
    app: App,
    private readonly settings: PluginSettings,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.t('event.title'));
    this.modalEl.addClass('conference-notes-modal');
    this.contentEl.addClass('conference-notes-form');
    const form = uniqueId('conference-notes-event');
    for (const [name, label, type] of FIELDS) {
      const row = this.contentEl.createDiv({ cls: 'conference-notes-form-row' });
      const id = `${form}-${name}`;
      row.createEl('label', { text: this.t(label), attr: { for: id } });
      this.inputs.set(name, row.createEl('input', { type, attr: { name, id } }));
    }
    formFooter(this.contentEl, this.t('form.create'), (keys) => this.t('form.hotkey.create', { keys }), () => void this.create());
    this.inputs.get('name')?.focus();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  async create(): Promise<void> {
    const value = (name: string): string => this.inputs.get(name)?.value.trim() ?? '';
    if (value('name') === '') {
      new Notice(this.t('event.needName'));
      return;
    }
    const note = buildEventNote(
      { name: value('name'), series: value('series'), edition: value('edition'), start: value('start'), end: value('end'), venue: value('venue') },
      this.settings,
      (path) => isFile(this.app, path),
    );
    const file = await createNote(this.app, note.path, note.text);
    this.close();
    await openAt(this.app, file, null);
  }
}
