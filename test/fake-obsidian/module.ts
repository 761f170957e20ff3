/**
 * A faithful fake of the `obsidian` module, without Node APIs so that the
 * end-to-end harness can run it in Chromium; index.ts adds the folder loader.
 * It follows the app's documented behaviour: asynchronous metadata parsing with
 * `changed` / `resolved`, rename events for every item of a moved folder,
 * `onLayoutReady` that runs at once when ready, and DOM helpers on elements.
 */
import { installDomHelpers } from './dom';

export { openPopoutWindow } from './dom';

installDomHelpers();

export { App, appWith, finishIndexing } from './app';
export { waitFor } from './wait';
export { Workspace, WorkspaceLeaf } from './workspace';
export { Keymap, Modal } from './modal';
export { ItemView, MarkdownRenderChild, MarkdownRenderer, MarkdownView, Menu, MenuItem, Platform, View } from './views';
export { Editor } from './editor';
export { CoreTagSuggest, EditorSuggest, EditorSuggests, type EditorSuggestContext } from './editor-suggest';
export { getAllTags } from './tags';
export { FileManager } from './file-manager';
export { Events, type EventRef } from './events';
export { TAbstractFile, TFile, TFolder } from './files';
export { MetadataCache } from './metadata-cache';
import { Plugin, registerCliHandler } from './plugin';

export { Component, Notice, Plugin, PluginSettingTab, Setting, TextAreaComponent, TextComponent, ToggleComponent, type PluginManifest } from './plugin';
export { Vault } from './vault';

export { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

let language = 'en';

/** The app version the fake plays; APIs newer than it are missing, as in the real module. */
export let apiVersion = '1.13.1';

function getLanguageImpl(): string {
  return language;
}

/** Since 1.8.7: undefined when the fake plays an older app. */
export let getLanguage: (() => string) | undefined = getLanguageImpl;

/** Test helper: Obsidian's language setting, as the app keeps it (also in localStorage before 1.8.7). */
export function setLanguage(code: string): void {
  language = code;
  if (typeof window !== 'undefined') window.localStorage.setItem('language', code);
}

/** Test helper: play an older or newer app; version-gated exports appear and disappear. */
export function setApiVersion(version: string): void {
  apiVersion = version;
  getLanguage = atLeast(version, '1.8.7') ? getLanguageImpl : undefined;
  Plugin.prototype.registerCliHandler = atLeast(version, '1.12.2') ? registerCliHandler : undefined;
}

/** True when the app is at least `version`. */
export function requireApiVersion(version: string): boolean {
  return atLeast(apiVersion, version);
}

setApiVersion(apiVersion);

function atLeast(version: string, wanted: string): boolean {
  const a = version.split('.').map(Number);
  const b = wanted.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

export function normalizePath(path: string): string {
  const cleaned = path.replace(/\\/g, '/').replace(/\/+/g, '/').replace(/^\/|\/$/g, '').normalize('NFC');
  return cleaned === '' ? '/' : cleaned.replace(/\u00a0|\u202f/g, ' ');
}

/** Obsidian's debounce; `resetTimer` restarts the wait on each call. */
export function debounce<T extends unknown[]>(fn: (...args: T) => unknown, wait = 0, resetTimer = false): ((...args: T) => void) & { run(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastArgs: T | undefined;
  const run = (): void => {
    timer = undefined;
    if (lastArgs) fn(...lastArgs);
  };
  const debounced = (...args: T): void => {
    lastArgs = args;
    if (timer !== undefined && !resetTimer) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, wait);
  };
  debounced.run = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    run();
  };
  debounced.cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}
