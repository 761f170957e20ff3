/** What the plugin saves in data.json: the core settings, so the CLI can read the same file, and the plugin's own. */
import { withDefaults, type CoreSettings } from '../core/note/settings';
import { uiLanguage } from './language';

export interface PluginSettings extends CoreSettings {
  /** `#` topics and the speaker trigger complete in every note, not only in session notes. */
  completeEverywhere: boolean;
}

export function loadPluginSettings(saved: unknown, language = uiLanguage()): PluginSettings {
  const data = saved && typeof saved === 'object' ? (saved as Partial<PluginSettings>) : null;
  // Until a template is chosen, new talks start in Obsidian's language.
  return { ...withDefaults(data, language === 'ko' ? 'talk-ko' : 'talk-en'), completeEverywhere: data?.completeEverywhere === true };
}
