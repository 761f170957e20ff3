/**
 * A faithful fake of the `obsidian` module, without Node APIs so that the
 * end-to-end harness can run it in Chromium; index.ts adds the folder loader.
 * It follows the app where the plugin depends on it, unkind parts included:
 * asynchronous metadata parsing with `changed` / `resolved` (a warm start's
 * `resolved`, a cold fill as a stream of `changed`, parses landing after a
 * delete), folder renames and deletes reported per file or for the folder
 * only, version-gated APIs (api-version.ts), editor suggesters chained
 * first-match-wins after the core tag suggester, the open editor reloaded
 * after a vault write, popout-window events, `onLayoutReady` that runs at
 * once when ready, and DOM helpers on elements.
 */
import { installDomHelpers } from './dom';

export { openPopoutWindow } from './dom';

installDomHelpers();

export { App, appWith, finishIndexing } from './app';
export { waitFor } from './wait';
export { Workspace, WorkspaceLeaf } from './workspace';
export { Modal } from './modal';
export { Keymap, Scope, type Modifier } from './keymap';
export { SuggestModal, type Instruction } from './suggest-modal';
export { setIcon } from './icons';
export { ItemView, MarkdownRenderChild, MarkdownRenderer, MarkdownView, Menu, MenuItem, Platform, View } from './views';
export { Editor } from './editor';
export { CoreTagSuggest, EditorSuggest, EditorSuggests, type EditorSuggestContext } from './editor-suggest';
export { getAllTags } from './tags';
export { FileManager } from './file-manager';
export { Events, type EventRef } from './events';
export { TAbstractFile, TFile, TFolder } from './files';
export { MetadataCache } from './metadata-cache';
export { ButtonComponent, Component, DropdownComponent, Notice, Plugin, PluginSettingTab, Setting, TextAreaComponent, TextComponent, ToggleComponent, type PluginManifest } from './plugin';
export { Vault } from './vault';
export { answerRequests, requestUrl, type RequestUrlParam, type RequestUrlResponse } from './request-url';
export { apiVersion, basesViews, BasesView, getLanguage, requireApiVersion, setApiVersion, setLanguage } from './api-version';

export { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

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
