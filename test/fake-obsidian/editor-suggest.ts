/**
 * Editor suggesters as the app runs them: after each edit it asks them in
 * order and the first whose `onTrigger` answers wins; the others stay closed.
 * The app's own suggesters come first and `registerEditorSuggest` appends,
 * so a plugin's `#` suggester never shows while the core tag suggester
 * answers: plugins that must win at `#` move themselves to the front of this
 * private list (the Fuzzy Chinese Pinyin plugin unshifts its tag suggester
 * into `workspace.editorSuggest.suggests`), and the order between plugins is
 * the order they were enabled (Various Complements issue #111: the `@` of
 * Natural Language Dates loses when that plugin is enabled after it).
 */
import type { App } from './app';
import type { Editor, Pos } from './editor';
import type { TFile } from './files';
import { getAllTags } from './tags';

export interface EditorSuggestContext {
  editor: Editor;
  start: Pos;
  end: Pos;
  query: string;
  file: TFile | null;
}

export abstract class EditorSuggest<T> {
  context: EditorSuggestContext | null = null;
  isOpen = false;
  limit = 100;
  /** Test helper: what the popup shows while open. */
  shown: T[] = [];

  constructor(public app: App) {}

  abstract onTrigger(cursor: Pos, editor: Editor, file: TFile | null): { start: Pos; end: Pos; query: string } | null;
  abstract getSuggestions(context: EditorSuggestContext): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;

  /** What the app does after an edit: true when this suggester takes the keystroke. */
  async trigger(editor: Editor, file: TFile | null): Promise<boolean> {
    const info = this.onTrigger(editor.getCursor(), editor, file);
    if (!info) {
      this.close();
      return false;
    }
    this.context = { editor, file, ...info };
    this.isOpen = true;
    this.shown = (await this.getSuggestions(this.context)).slice(0, this.limit);
    return true;
  }

  /** Test helper: this suggester alone, as if it were first; returns the suggestions shown. */
  async update(editor: Editor, file: TFile | null = null): Promise<T[]> {
    return (await this.trigger(editor, file)) ? this.shown : [];
  }

  close(): void {
    this.isOpen = false;
    this.context = null;
    this.shown = [];
  }
}

/** The app's own `#` completion: the vault's tags that contain what was typed. */
export class CoreTagSuggest extends EditorSuggest<string> {
  onTrigger(cursor: Pos, editor: Editor): { start: Pos; end: Pos; query: string } | null {
    const m = /(?:^|\s)#([^\s#]*)$/.exec(editor.getLine(cursor.line).slice(0, cursor.ch));
    return m ? { start: { line: cursor.line, ch: cursor.ch - m[1].length - 1 }, end: cursor, query: m[1] } : null;
  }

  getSuggestions(context: EditorSuggestContext): string[] {
    const query = context.query.toLowerCase();
    const tags = new Set<string>();
    for (const file of this.app.vault.getMarkdownFiles()) {
      const cache = this.app.metadataCache.getFileCache(file);
      for (const tag of (cache && getAllTags(cache)) ?? []) tags.add(tag);
    }
    return [...tags].filter((tag) => tag.slice(1).toLowerCase().includes(query));
  }

  renderSuggestion(tag: string, el: HTMLElement): void {
    el.setText(tag);
  }

  selectSuggestion(tag: string): void {
    const context = this.context;
    if (!context) return;
    context.editor.replaceRange(`${tag} `, context.start, context.end);
    this.close();
  }
}

/** `workspace.editorSuggest`: the chain, core suggesters first. */
export class EditorSuggests {
  readonly suggests: EditorSuggest<unknown>[];
  current: EditorSuggest<unknown> | null = null;

  constructor(app: App) {
    this.suggests = [new CoreTagSuggest(app)];
  }

  addSuggest(suggest: EditorSuggest<unknown>): void {
    this.suggests.push(suggest);
  }

  removeSuggest(suggest: EditorSuggest<unknown>): void {
    const at = this.suggests.indexOf(suggest);
    if (at >= 0) this.suggests.splice(at, 1);
    if (this.current === suggest) this.current = null;
  }

  /** Test helper: an edit at the editor's cursor; the suggester that won, if any. */
  async trigger(editor: Editor, file: TFile | null): Promise<EditorSuggest<unknown> | null> {
    this.current = null;
    for (const suggest of this.suggests) {
      if (this.current) suggest.close();
      else if (await suggest.trigger(editor, file)) this.current = suggest;
    }
    return this.current;
  }
}
