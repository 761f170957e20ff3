/**
 * "New session note": one form for event, title, speakers, org, day, time,
 * track, topics and template. Speakers and topics are found by any alias and
 * written the canonical way; a new event can be created from the event field.
 */
import { Keymap, Modal, Notice, type App } from 'obsidian';
import { buildEventNote, guessSeries } from '../core/capture/new-event';
import { buildSessionNote, type SessionForm } from '../core/capture/new-session';
import type { EventNote } from '../core/note/model';
import { ChipInput, type Suggestion } from './chip-input';
import { createNote, isFile, openAt } from './create-note';
import type { IndexService } from './index-service';
import { loadTemplate, templateChoices } from './template-source';
import type { PluginSettings } from './settings';
import { uiText } from './language';

export class NewSessionModal extends Modal {
  protected readonly t = uiText();
  protected event!: ChipInput;
  protected speakers!: ChipInput;
  protected topics!: ChipInput;
  protected readonly fields = new Map<string, HTMLInputElement | HTMLSelectElement>();
  /** The form's heading and button, and whether it offers a template (only new notes get one). */
  protected readonly look = { title: this.t('form.title'), submit: this.t('form.create'), template: true };

  constructor(
    app: App,
    protected readonly service: IndexService,
    protected readonly settings: PluginSettings,
    private readonly presetEvent?: string,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { t } = this;
    const search = (query: string, kind: string): Suggestion[] =>
      this.service.searcher
        .search(query, 12)
        .filter((h) => h.kind === kind)
        .map((h) => ({ label: h.label, value: h.id }));
    this.setTitle(this.look.title);
    this.contentEl.addClass('conference-notes-form');
    this.event = new ChipInput(this.row(t('form.event')), {
      placeholder: t('form.eventPlaceholder'),
      single: true,
      suggest: (q) => search(q, 'event'),
      addLabel: (name) => t('form.createEvent', { name }),
      removeLabel: (name) => t('form.remove', { name }),
    });
    const preset = this.presetEvent === undefined ? undefined : this.service.index.catalog.events.get(this.presetEvent);
    if (preset) this.event.add({ label: preset.title, value: preset.id });
    this.text('title', t('form.talkTitle'));
    this.speakers = new ChipInput(this.row(t('form.speakers')), {
      placeholder: t('form.speakersPlaceholder'),
      suggest: (q) => search(q, 'speaker'),
      addLabel: (name) => t('form.add', { name }),
      removeLabel: (name) => t('form.remove', { name }),
    });
    this.text('org', t('form.org'));
    const when = this.contentEl.createDiv({ cls: 'conference-notes-form-row conference-notes-inline' });
    this.text('day', t('form.day'), 'number', when);
    this.text('time', t('form.time'), 'time', when);
    this.text('track', t('form.track'), 'text', when);
    this.topics = new ChipInput(this.row(t('form.topics')), {
      placeholder: t('form.topicsPlaceholder'),
      suggest: (q) => search(q, 'topic'),
      addLabel: (name) => t('form.add', { name }),
      removeLabel: (name) => t('form.remove', { name }),
    });
    if (this.look.template) {
      const select = this.row(t('form.template')).createEl('select', { cls: 'dropdown' });
      for (const choice of templateChoices(this.app, this.settings)) select.createEl('option', { text: choice.name, value: choice.id });
      select.value = this.settings.defaultTemplate;
      this.fields.set('template', select);
    }
    const submit = this.contentEl.createEl('button', { cls: 'mod-cta', text: this.look.submit });
    submit.addEventListener('click', () => void this.submit());
    this.contentEl.addEventListener('keydown', (evt) => {
      if (evt.key === 'Enter' && Keymap.isModEvent(evt) && !evt.isComposing) void this.submit();
    });
    (this.presetEvent ? this.fields.get('title') : this.event.input)?.focus();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private row(label: string, parent = this.contentEl): HTMLElement {
    const row = parent.createDiv({ cls: 'conference-notes-form-row' });
    row.createEl('label', { text: label });
    return row;
  }

  protected text(name: string, label: string, type = 'text', parent = this.contentEl): void {
    const input = this.row(label, parent).createEl('input', { type, attr: { name } });
    this.fields.set(name, input);
  }

  /** What the form says, as the core reads a session form. */
  protected formValues(title: string, event: SessionForm['event']): SessionForm {
    const day = this.value('day');
    return {
      title,
      event,
      speakers: this.speakers.values.map((s) => s.value),
      topics: this.topics.values.map((s) => s.value),
      org: this.value('org'),
      day: day === undefined ? undefined : Number(day),
      time: this.value('time'),
      track: this.value('track'),
    };
  }

  protected value(name: string): string | undefined {
    const v = this.fields.get(name)?.value.trim();
    return v === undefined || v === '' ? undefined : v;
  }

  /** The title, or a notice and the focus on its field when it is empty. */
  protected needTitle(): string | undefined {
    const title = this.value('title');
    if (title === undefined) {
      new Notice(this.t('form.needTitle'));
      this.fields.get('title')?.focus();
    }
    return title;
  }

  /** Builds the note, creates the event first when one was typed anew, and opens the note at its first stop. */
  protected async submit(): Promise<void> {
    const title = this.needTitle();
    if (title === undefined) return;
    const event = await this.chosenEvent();
    const template = await loadTemplate(this.app, this.settings, this.value('template') ?? this.settings.defaultTemplate);
    const note = buildSessionNote(
      { ...this.formValues(title, event), extra: template.extra },
      template.body,
      this.service.index.catalog,
      this.settings,
      (path) => isFile(this.app, path),
    );
    const file = await createNote(this.app, note.path, note.text);
    this.close();
    await openAt(this.app, file, note.cursor);
  }

  protected async chosenEvent(): Promise<EventNote | undefined> {
    const picked = this.event.values[0];
    if (!picked) return undefined;
    const known = this.service.index.catalog.events.get(picked.value);
    if (known) return known;
    const note = buildEventNote({ name: picked.value }, this.settings, (path) => isFile(this.app, path));
    const file = await createNote(this.app, note.path, note.text);
    // The index learns of the new event from the metadata cache; the session only needs its id and series.
    return { kind: 'event', path: file.path, title: picked.value, id: file.basename, ...guessSeries(picked.value), aliases: [] };
  }
}
