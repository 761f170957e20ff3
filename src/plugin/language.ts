/** UI text in Obsidian's language (`getLanguage`, since 1.8.7, the manifest's minAppVersion). */
import { getLanguage } from 'obsidian';
import { translator } from '../i18n/translate';

export function uiLanguage(): string {
  return getLanguage();
}

/** The interface's words in Obsidian's language, as handed to drawing helpers and modals. */
export type UiText = ReturnType<typeof translator>;

export function uiText(): UiText {
  return translator(getLanguage());
}
