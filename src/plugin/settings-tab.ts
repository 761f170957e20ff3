/**
 * Settings: which folders are indexed, the tag prefixes, and the property
 * names (DESIGN.md §2). One list of definitions serves both Obsidian 1.13's
 * declarative settings (searchable) and `display()` for older versions.
 */
import { debounce, PluginSettingTab, Setting, type App, type Plugin } from 'obsidian';
import { templateProblem } from '../core/export/front-matter-template';
import { isLanguageChoice } from '../core/export/language';
import { PROFILE_NAMES, PROFILES, type BlogLayout, type Profile } from '../core/export/options';
import { blogLayout, PRESETS } from '../core/export/presets';
import { DEFAULT_PROPS, DEFAULT_SETTINGS, readNoticeMinutes, readTagLimit, type PropertyNames } from '../core/note/settings';
import type { PluginSettings } from './settings';
import { folderPicker } from './disk-export';
import { templateChoices } from './template-source';
import { uiText } from './language';

export interface SettingsHost {
  settings: PluginSettings;
  /** Saves and re-reads the vault with the new settings. */
  applySettings(): Promise<void>;
}

/** Settings kept as one line of text, edited as they are. */
const TEXT_KEYS = ['topicTagPrefix', 'speakerTagPrefix', 'sessionFolderPattern', 'eventFolderPattern', 'topicFolder', 'templateFolder', 'defaultTemplate', 'speakerTrigger', 'exportFolder', 'exportDiskFolder', 'exportLinkPattern', 'exportHeader', 'exportFooter'] as const;
type TextKey = (typeof TEXT_KEYS)[number];
type Key = 'folders' | TextKey | 'exportTags' | 'exportAsciiNames' | 'exportLanguage' | 'exportTagLimit' | 'agendaNotice' | 'agendaNoticeMinutes' | 'completeEverywhere' | `props.${keyof PropertyNames}` | LayoutKey;

/** A blog profile's layout part, or the preset picker that fills its template. */
type LayoutKey = `layout.${Profile}.${keyof BlogLayout | 'preset'}`;

function layoutKey(key: string): { profile: Profile; part: keyof BlogLayout | 'preset' } | null {
  const [head, profile, part] = key.split('.');
  return head === 'layout' && PROFILES.includes(profile as Profile) ? { profile: profile as Profile, part: part as keyof BlogLayout | 'preset' } : null;
}

/** The shapes of Obsidian 1.13's `SettingDefinitionItem` that this tab uses. */
interface TextDefinition {
  name: string;
  desc: string;
  control: { type: 'text' | 'textarea' | 'toggle'; key: Key; placeholder: string } | { type: 'dropdown'; key: Key; options: Record<string, string> };
}

interface GroupDefinition {
  type: 'group';
  heading: string;
  /** Said under the heading; the tab drawn by `display()` folds such a group away until opened. */
  description?: string;
  items: TextDefinition[];
}

function isTextKey(key: string): key is TextKey {
  return (TEXT_KEYS as readonly string[]).includes(key);
}

export class ConferenceNotesSettingTab extends PluginSettingTab {
  private readonly apply: () => void;

  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
    // Re-indexing on every keystroke would stall a big vault.
    this.apply = debounce(() => void this.host.applySettings(), 500, true);
  }

  getSettingDefinitions(): GroupDefinition[] {
    const t = uiText();
    const text = (name: string, desc: string, key: Key, placeholder: string, type: 'text' | 'textarea' | 'toggle' = 'text'): TextDefinition => ({
      name,
      desc,
      control: { type, key, placeholder },
    });
    return [
      {
        type: 'group',
        heading: t('settings.indexing'),
        items: [
          text(t('settings.folders.name'), t('settings.folders.desc'), 'folders', 'Conferences', 'textarea'),
          text(t('settings.topicPrefix.name'), t('settings.topicPrefix.desc'), 'topicTagPrefix', DEFAULT_SETTINGS.topicTagPrefix),
          text(t('settings.speakerPrefix.name'), t('settings.speakerPrefix.desc'), 'speakerTagPrefix', DEFAULT_SETTINGS.speakerTagPrefix),
        ],
      },
      {
        type: 'group',
        heading: t('settings.capture'),
        items: [
          text(t('settings.sessionFolder.name'), t('settings.sessionFolder.desc'), 'sessionFolderPattern', DEFAULT_SETTINGS.sessionFolderPattern),
          text(t('settings.eventFolder.name'), t('settings.eventFolder.desc'), 'eventFolderPattern', DEFAULT_SETTINGS.eventFolderPattern),
          text(t('settings.topicFolder.name'), t('settings.topicFolder.desc'), 'topicFolder', DEFAULT_SETTINGS.topicFolder),
          text(t('settings.templateFolder.name'), t('settings.templateFolder.desc'), 'templateFolder', DEFAULT_SETTINGS.templateFolder),
          {
            name: t('settings.defaultTemplate.name'),
            desc: t('settings.defaultTemplate.desc'),
            control: { type: 'dropdown', key: 'defaultTemplate', options: Object.fromEntries(templateChoices(this.app, this.host.settings).map((c) => [c.id, c.name])) },
          },
          text(t('settings.speakerTrigger.name'), t('settings.speakerTrigger.desc'), 'speakerTrigger', DEFAULT_SETTINGS.speakerTrigger),
          text(t('settings.completeEverywhere.name'), t('settings.completeEverywhere.desc'), 'completeEverywhere', '', 'toggle'),
        ],
      },
      {
        type: 'group',
        heading: t('settings.export'),
        items: [
          text(t('settings.exportFolder.name'), t('settings.exportFolder.desc'), 'exportFolder', DEFAULT_SETTINGS.exportFolder),
          text(t('settings.exportDiskFolder.name'), t('settings.exportDiskFolder.desc'), 'exportDiskFolder', '/home/me/blog'),
          text(t('settings.exportLink.name'), t('settings.exportLink.desc'), 'exportLinkPattern', 'https://blog.example.com/notes/{slug}/'),
          text(t('settings.exportTags.name'), t('settings.exportTags.desc'), 'exportTags', '', 'toggle'),
          text(t('settings.exportAscii.name'), t('settings.exportAscii.desc'), 'exportAsciiNames', '', 'toggle'),
          {
            name: t('settings.exportLanguage.name'),
            desc: t('settings.exportLanguage.desc'),
            control: { type: 'dropdown', key: 'exportLanguage', options: { auto: t('settings.exportLanguage.auto'), ko: '한국어', en: 'English' } },
          },
          text(t('settings.exportTagLimit.name'), t('settings.exportTagLimit.desc'), 'exportTagLimit', String(DEFAULT_SETTINGS.exportTagLimit)),
          text(t('settings.exportHeader.name'), t('settings.exportHeader.desc'), 'exportHeader', '', 'textarea'),
          text(t('settings.exportFooter.name'), t('settings.exportFooter.desc'), 'exportFooter', '', 'textarea'),
        ],
      },
      ...PROFILES.map(
        (profile): GroupDefinition => ({
          type: 'group',
          heading: t('settings.layout', { profile: PROFILE_NAMES[profile] }),
          items: [
            {
              name: t('settings.layout.preset.name'),
              desc: t('settings.layout.preset.desc'),
              control: { type: 'dropdown', key: `layout.${profile}.preset`, options: { '': t('settings.layout.preset.pick'), ...Object.fromEntries(PRESETS.map((p) => [p.id, p.label])) } },
            },
            text(t('settings.layout.frontMatter.name'), t('settings.layout.frontMatter.desc'), `layout.${profile}.frontMatter`, '', 'textarea'),
            text(t('settings.layout.postPath.name'), t('settings.layout.postPath.desc'), `layout.${profile}.postPath`, blogLayout(profile, undefined).postPath),
            text(t('settings.layout.assetsPath.name'), t('settings.layout.assetsPath.desc'), `layout.${profile}.assetsPath`, blogLayout(profile, undefined).assetsPath),
          ],
        }),
      ),
      {
        type: 'group',
        heading: t('settings.agenda'),
        items: [
          text(t('settings.agendaNotice.name'), t('settings.agendaNotice.desc'), 'agendaNotice', '', 'toggle'),
          text(t('settings.agendaNoticeMinutes.name'), t('settings.agendaNoticeMinutes.desc'), 'agendaNoticeMinutes', String(DEFAULT_SETTINGS.agendaNoticeMinutes)),
        ],
      },
      {
        type: 'group',
        heading: t('settings.properties'),
        description: t('settings.properties.desc'),
        items: (Object.keys(DEFAULT_PROPS) as (keyof PropertyNames)[]).map((prop) =>
          // The group's description says what these are; a row is just the property and its key.
          text(prop, '', `props.${prop}`, DEFAULT_PROPS[prop]),
        ),
      },
    ];
  }

  getControlValue(key: string): string | boolean {
    const settings = this.host.settings;
    if (key === 'exportTags') return settings.exportTags === 'remove';
    if (key === 'exportAsciiNames') return settings.exportAsciiNames;
    if (key === 'exportLanguage') return settings.exportLanguage;
    if (key === 'exportTagLimit') return String(settings.exportTagLimit);
    if (key === 'agendaNotice') return settings.agendaNotice;
    if (key === 'agendaNoticeMinutes') return String(settings.agendaNoticeMinutes);
    if (key === 'completeEverywhere') return settings.completeEverywhere;
    if (key === 'folders') return settings.folders.join('\n');
    const layout = layoutKey(key);
    if (layout) return layout.part === 'preset' ? '' : blogLayout(layout.profile, settings.exportLayouts[layout.profile])[layout.part];
    if (isTextKey(key)) return settings[key];
    return settings.props[key.slice('props.'.length) as keyof PropertyNames];
  }

  setControlValue(key: string, value: unknown): void {
    const text = typeof value === 'string' ? value : '';
    const settings = this.host.settings;
    if (key === 'exportTags') settings.exportTags = value === true ? 'remove' : 'keep';
    else if (key === 'exportAsciiNames') settings.exportAsciiNames = value === true;
    else if (key === 'exportLanguage') settings.exportLanguage = isLanguageChoice(value) ? value : 'auto';
    else if (key === 'exportTagLimit') settings.exportTagLimit = readTagLimit(text);
    else if (key === 'agendaNotice') settings.agendaNotice = value === true;
    else if (key === 'agendaNoticeMinutes') settings.agendaNoticeMinutes = readNoticeMinutes(text);
    else if (key === 'completeEverywhere') settings.completeEverywhere = value === true;
    else if (layoutKey(key)) this.setLayout(key, text);
    else if (key === 'folders') settings.folders = text.split('\n').map((f) => f.trim().replace(/^\/+|\/+$/g, '')).filter((f) => f !== '');
    // Header and footer may be empty on purpose; the other settings fall back to their defaults.
    else if (key === 'exportHeader' || key === 'exportFooter' || key === 'exportLinkPattern') settings[key] = text;
    else if (isTextKey(key)) settings[key] = text.trim() || DEFAULT_SETTINGS[key];
    else {
      const prop = key.slice('props.'.length) as keyof PropertyNames;
      if (prop in DEFAULT_PROPS) settings.props[prop] = text.trim() || DEFAULT_PROPS[prop];
    }
    this.apply();
  }

  /** What a `Setting` line adds besides its control: the folder picker, a template's problem. */
  private extras(setting: Setting, key: Key): void {
    const pick = key === 'exportDiskFolder' ? folderPicker() : null;
    if (pick) {
      setting.addButton((b) =>
        b.setButtonText(uiText()('settings.exportDiskFolder.choose')).setClass('conference-notes-nowrap').onClick(async () => {
          const folder = await pick();
          if (folder === null) return;
          this.setControlValue(key, folder);
          // In place: redrawing the tab would scroll it back to the top.
          const input = setting.controlEl.querySelector('input');
          if (input) input.value = folder;
        }),
      );
    }
    const layout = layoutKey(key);
    if (layout?.part === 'frontMatter') {
      this.templates.set(layout.profile, setting.controlEl.querySelector('textarea'));
      this.problems.set(layout.profile, setting.descEl.createDiv({ cls: 'conference-notes-setting-problem' }));
      this.showProblem(layout.profile);
    }
  }

  /** A layout part as typed (an empty path is the default's); a preset fills the template field. */
  private setLayout(key: string, text: string): void {
    const layout = layoutKey(key);
    if (!layout) return;
    const saved = (this.host.settings.exportLayouts[layout.profile] ??= {});
    if (layout.part !== 'preset') saved[layout.part] = text;
    else {
      const preset = PRESETS.find((p) => p.id === text);
      if (!preset) return;
      saved.frontMatter = preset.frontMatter;
      // In place: redrawing the tab would scroll it back to the top.
      const area = this.templates.get(layout.profile);
      if (area) area.value = preset.frontMatter;
    }
    this.showProblem(layout.profile);
  }

  /** Under a profile's template: why it cannot be used, or nothing. */
  private readonly problems = new Map<Profile, HTMLElement>();
  /** A profile's template field, filled in place by a preset. */
  private readonly templates = new Map<Profile, HTMLTextAreaElement | null>();

  private showProblem(profile: Profile): void {
    const el = this.problems.get(profile);
    if (!el) return;
    const problem = templateProblem(blogLayout(profile, this.host.settings.exportLayouts[profile]).frontMatter);
    // The reason is the parser's (in English, as the CLI prints it); the sentence around it is in the UI's language.
    el.setText(problem === null ? '' : uiText()('settings.layout.frontMatter.problem', { problem }));
  }

  /** The same definitions drawn with the `Setting` API, for Obsidian before 1.13. */
  display(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const group of this.getSettingDefinitions()) {
      let parent = containerEl;
      if (group.description === undefined) new Setting(containerEl).setName(group.heading).setHeading();
      else {
        // A long group of rarely changed rows (the property names) stays folded under its heading and description.
        const details = containerEl.createEl('details', { cls: 'conference-notes-settings-group' });
        new Setting(details.createEl('summary')).setName(group.heading).setDesc(group.description).setHeading();
        parent = details;
      }
      for (const item of group.items) {
        const control = item.control;
        const { key } = control;
        const value = this.getControlValue(key);
        const setting = new Setting(parent).setName(item.name).setDesc(item.desc);
        if (control.type === 'dropdown') setting.addDropdown((d) => d.addOptions(control.options).setValue(String(value)).onChange((v) => this.setControlValue(key, v)));
        else if (control.type === 'toggle') setting.addToggle((toggle) => toggle.setValue(value === true).onChange((on) => this.setControlValue(key, on)));
        else {
          const bind = (c: { setPlaceholder(p: string): unknown; setValue(v: string): unknown; onChange(cb: (v: string) => unknown): unknown }): void => {
            c.setPlaceholder(control.placeholder);
            c.setValue(typeof value === 'string' ? value : '');
            c.onChange((next) => this.setControlValue(key, next));
          };
          if (control.type === 'textarea') {
            setting.addTextArea(bind);
            // A template or a list of folders: the whole width, under its name and description.
            setting.settingEl.addClass('conference-notes-setting-wide');
          } else setting.addText(bind);
          this.extras(setting, key);
        }
        // Each control is named by its row, for screen readers: a placeholder is no name.
        setting.controlEl.querySelectorAll('input, select, textarea').forEach((el) => el.setAttribute('aria-label', item.name));
      }
    }
  }
}
