/**
 * "Edit talk properties": the session form, filled from the note in front,
 * writes the talk's properties back through `processFrontMatter`. Obsidian's
 * Properties view is not an editor, so the `topics:` / `speakers:` completion
 * never runs there; this form brings the same Korean-aware pickers to any
 * view. Only what was changed in the form is written: untouched keys keep
 * their spelling and formatting.
 */
import { Notice, type App, type TFile } from 'obsidian';
import { sessionProperties } from '../core/capture/new-session';
import { speakerName, topicLabel } from '../core/index/listings';
import type { IndexService } from './index-service';
import { uiLanguage } from './language';
import { NewSessionModal } from './new-session-modal';
import type { PluginSettings } from './settings';

/** The form's fields as text, to tell what the user changed. */
type Fields = Record<'title' | 'event' | 'speakers' | 'topics' | 'org' | 'day' | 'time' | 'track', string>;

export function editTalkProperties(app: App, service: IndexService, settings: PluginSettings, file: TFile): void {
  new EditTalkModal(app, service, settings, file).open();
}

class EditTalkModal extends NewSessionModal {
  protected override readonly look = { title: this.t('form.editTitle'), submit: this.t('form.save'), hotkey: 'form.hotkey.save' as const, template: false };
  private before: Fields | null = null;

  constructor(
    app: App,
    service: IndexService,
    settings: PluginSettings,
    private readonly file: TFile,
  ) {
    super(app, service, settings);
  }

  override onOpen(): void {
    super.onOpen();
    this.fill();
    this.before = this.fieldsNow();
    this.fields.get('title')?.focus();
  }

  private fill(): void {
    const { index } = this.service;
    const record = index.session(this.file.path);
    if (!record) return;
    const event = record.event === undefined ? undefined : index.catalog.events.get(record.event);
    if (event) this.event.add({ label: event.title, value: event.id });
    else if (record.eventText !== undefined) this.event.add({ label: record.eventText, value: record.eventText, free: true });
    for (const key of record.speakers) {
      const name = speakerName(index, key);
      this.speakers.add({ label: name, value: name });
    }
    for (const id of record.topics) this.topics.add({ label: topicLabel(index, id, uiLanguage()), value: id });
    const set = (name: string, value: string | number | undefined): void => {
      const field = this.fields.get(name);
      if (field && value !== undefined) field.value = String(value);
    };
    set('title', record.title);
    set('org', record.org);
    set('day', record.day);
    set('time', record.time);
    set('track', record.track);
  }

  private fieldsNow(): Fields {
    const chips = (values: readonly { value: string }[]): string => JSON.stringify(values.map((v) => v.value));
    const text = (name: string): string => this.value(name) ?? '';
    return {
      title: text('title'),
      event: chips(this.event.values),
      speakers: chips(this.speakers.values),
      topics: chips(this.topics.values),
      org: text('org'),
      day: text('day'),
      time: text('time'),
      track: text('track'),
    };
  }

  protected override async submit(): Promise<void> {
    const title = this.needTitle();
    if (title === undefined || !this.before) return;
    const before = this.before;
    const now = this.fieldsNow();
    const changed = (Object.keys(now) as (keyof Fields)[]).filter((k) => now[k] !== before[k]);
    const { props } = sessionProperties(
      // A new event typed in the form is created, as in "New session note"; an untouched one is not looked at.
      this.formValues(title, changed.includes('event') ? await this.chosenEvent() : undefined),
      this.service.index.catalog,
      this.settings,
      new Date(),
    );
    const p = this.settings.props;
    const names: Fields = { title: p.title, event: p.event, speakers: p.speakers, topics: p.topics, org: p.org, day: p.day, time: p.time, track: p.track };
    await this.app.fileManager.processFrontMatter(this.file, (fm: Record<string, unknown>) => {
      for (const field of changed) {
        const value = props[names[field]];
        if (value === undefined) delete fm[names[field]];
        else fm[names[field]] = value;
      }
    });
    this.close();
    new Notice(this.t('notice.propertiesSaved'));
  }
}
