/** UI text in Obsidian's language (`getLanguage`, since 1.8.7, the manifest's minAppVersion). */
import { getLanguage } from 'obsidian';
import { translator } from '../i18n/translate';

export function uiLanguage(): string {
  return getLanguage();
}

export function uiText(): ReturnType<typeof translator> {
  return translator(getLanguage());
}
