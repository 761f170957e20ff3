/** What the plugin saves in data.json: the core settings, so the CLI can read the same file, and the plugin's own. */
import { withDefaults, type CoreSettings } from '../core/settings';

export interface PluginSettings extends CoreSettings {
  /** `#` topics and the speaker trigger complete in every note, not only in session notes. */
  completeEverywhere: boolean;
}

export function loadPluginSettings(saved: unknown): PluginSettings {
  const data = saved && typeof saved === 'object' ? (saved as Partial<PluginSettings>) : null;
  return { ...withDefaults(data), completeEverywhere: data?.completeEverywhere === true };
}
