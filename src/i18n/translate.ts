/** Picks English or Korean UI text by Obsidian's language setting. */
import { en, type StringKey } from './en';
import { ko } from './ko';

export type { StringKey };

/** `language` is Obsidian's `getLanguage()`; anything but Korean reads English. */
export function translator(language: string): (key: StringKey, vars?: Record<string, string | number>) => string {
  const table = language.toLowerCase().startsWith('ko') ? ko : en;
  return (key, vars) => table[key].replace(/\{(\w+)\}/g, (m: string, name: string) => (vars && name in vars ? String(vars[name]) : m));
}
