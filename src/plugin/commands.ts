/** The plugin's commands. None has a default hotkey: users choose their own. */
import { getLanguage, type Plugin } from 'obsidian';
import { translator } from '../i18n/translate';
import type { IndexService } from './index-service';
import { SearchModal } from './search-modal';

export function registerCommands(plugin: Plugin, service: IndexService): void {
  const t = translator(getLanguage());
  plugin.addCommand({
    id: 'search',
    name: t('command.search'),
    callback: () => new SearchModal(plugin.app, service).open(),
  });
}
