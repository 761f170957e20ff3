/** What the plugin saves in data.json: the core settings, so the CLI can read the same file. */
import { withDefaults, type CoreSettings } from '../core/settings';

export type PluginSettings = CoreSettings;

export function loadPluginSettings(saved: unknown): PluginSettings {
  return withDefaults(saved && typeof saved === 'object' ? saved : null);
}
