/**
 * "New session note": one form for event, title, speakers, org, day, time,
 * track, topics and template. Speakers and topics are found by any alias and
 * written the canonical way; a new event can be created from the event field.
 */
import { Modal, Notice, type App } from 'obsidian';
import { buildEventNote, guessSeries } from '../core/capture/new-event';
import { buildSessionNote, type SessionForm } from '../core/capture/new-session';
import type { EventNote } from '../core/note/model';
import { ChipInput, type ChipOptions, type Suggestion } from './chip-input';
import { createNote, isFile, openAt } from './create-note';
import type { IndexService } from './index-service';
import { loadTemplate, templateChoices } from './template-source';
import type { PluginSettings } from './settings';
import { uiText } from './language';
import { formFooter } from './form-keys';
import { uniqueId } from './unique-id';

/** As many as Obsidian's input suggesters show at most; the popover scrolls. */
const SUGGESTIONS = 100;

export class NewSessionModal extends Modal {
  protected readonly t = uiText();
  protected event!: ChipInput;
  protected speakers!: ChipInput;
  protected topics!: ChipInput;
  protected readonly fields = new Map<string, HTMLInputElement | HTMLSelectElement>();
  private readonly formId = uniqueId('conference-notes');
  /** The form's heading and button, and whether it offers a template (only new notes get one). */
  protected readonly look: { title: string; submit: string; hotkey: 'form.hotkey.create' | 'form.hotkey.save'; template: boolean } = { title: this.t('form.title'), submit: this.t('form.create'), hotkey: 'form.hotkey.create', template: true };

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
        .search(query, SUGGESTIONS)
        .filter((h) => h.kind === kind)
        .map((h) => (h.matched === undefined ? { label: h.label, value: h.id } : { label: h.label, value: h.id, detail: `← ${h.matched}` }));
    this.setTitle(this.look.title);
    this.modalEl.addClass('conference-notes-modal');
    this.contentEl.addClass('conference-notes-form');
    this.event = this.chips('event', t('form.event'), {
      placeholder: t('form.eventPlaceholder'),
      single: true,
      suggest: (q) => search(q, 'event'),
      addLabel: (name) => t('form.createEvent', { name }),
    });
    const preset = this.presetEvent === undefined ? undefined : this.service.index.catalog.events.get(this.presetEvent);
    if (preset) this.event.add({ label: preset.title, value: preset.id });
    this.text('title', t('form.talkTitle'));
    this.speakers = this.chips('speakers', t('form.speakers'), {
      placeholder: t('form.speakersPlaceholder'),
      suggest: (q) => search(q, 'speaker'),
      addLabel: (name) => t('form.add', { name }),
    });
    this.text('org', t('form.org'));
    // Day, time and track share one row of the label column; they wrap under each other when the modal is narrow.
    const when = this.row('day', t('form.day')).createDiv({ cls: 'conference-notes-inline' });
    this.input('day', 'number', when).addClass('conference-notes-day');
    for (const [name, type] of [['time', 'time'], ['track', 'text']] as const) {
      const pair = when.createSpan({ cls: 'conference-notes-pair' });
      this.label(name, t(`form.${name}`), pair);
      this.input(name, type, pair).addClass(`conference-notes-${name}`);
    }
    this.topics = this.chips('topics', t('form.topics'), {
      placeholder: t('form.topicsPlaceholder'),
      suggest: (q) => search(q, 'topic'),
      addLabel: (name) => t('form.add', { name }),
    });
    if (this.look.template) {
      const select = this.row('template', t('form.template')).createEl('select', { cls: 'dropdown', attr: { id: this.fieldId('template') } });
      for (const choice of templateChoices(this.app, this.settings)) select.createEl('option', { text: choice.name, value: choice.id });
      select.value = this.settings.defaultTemplate;
      this.fields.set('template', select);
    }
    formFooter(this.contentEl, this.look.submit, (keys) => t(this.look.hotkey, { keys }), () => void this.submit());
    (this.presetEvent ? this.fields.get('title') : this.event.input)?.focus();
  }

  override onClose(): void {
    for (const chips of [this.event, this.speakers, this.topics]) chips?.hide();
    this.contentEl.empty();
  }

  /** The id that ties a field to its label. */
  private fieldId(name: string): string {
    return `${this.formId}-${name}`;
  }

  private label(name: string, text: string, parent: HTMLElement): HTMLElement {
    return parent.createEl('label', { text, attr: { for: this.fieldId(name), id: `${this.fieldId(name)}-label` } });
  }

  private row(name: string, label: string): HTMLElement {
    const row = this.contentEl.createDiv({ cls: 'conference-notes-form-row' });
    this.label(name, label, row);
    return row;
  }

  private input(name: string, type: string, parent: HTMLElement): HTMLInputElement {
    const input = parent.createEl('input', { type, attr: { name, id: this.fieldId(name) } });
    this.fields.set(name, input);
    return input;
  }

  protected text(name: string, label: string): void {
    this.input(name, 'text', this.row(name, label));
  }

  private chips(name: string, label: string, o: Omit<ChipOptions, 'labelId' | 'removeLabel'>): ChipInput {
    const chips = new ChipInput(this.row(name, label), this, { ...o, labelId: `${this.fieldId(name)}-label`, removeLabel: (text) => this.t('form.remove', { name: text }) });
    chips.input.id = this.fieldId(name);
    return chips;
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
