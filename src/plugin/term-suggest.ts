/**
 * Autocomplete while typing: `#` suggests topics (any alias, Korean-aware) and
 * inserts the tag form, the speaker trigger (`@`) suggests speakers and
 * inserts a link, and the `topics:` / `speakers:` lists of the front matter
 * get the same suggestions. An IME Enter never picks.
 *
 * Obsidian asks editor suggesters in order and the first that answers wins;
 * its own tag completion comes before plugins. So this suggester moves itself
 * first, and gives way everywhere it has nothing to add: `#` and the trigger
 * complete only in session notes unless the user asks for every note, and
 * there `#` also offers the vault's tags, so Obsidian's tag completion loses
 * nothing.
 */
import { EditorSuggest, getAllTags, type App, type Editor, type EditorPosition, type EditorSuggestContext, type EditorSuggestTriggerInfo, type TFile } from 'obsidian';
import { completionAt, completionText, type CompletionContext } from '../core/capture/edit-context';
import { speakerName, topicLabel } from '../core/index/listings';
import { foldKey, slugId } from '../core/text/normalize';
import type { SearchHit } from '../core/search/searcher';
import type { IndexService } from './index-service';
import { uiLanguage } from './language';
import { isImeEnter } from './query-input';
import type { PluginSettings } from './settings';

type Item = { ctx: CompletionContext } & ({ hit: SearchHit; tag?: undefined } | { tag: string; hit?: undefined });

const TOPICS_SHOWN = 15;
const TAGS_SHOWN = 10;

export class TermSuggest extends EditorSuggest<Item> {
  private current: CompletionContext | null = null;
  /** The vault's tags by use, read once per popup rather than on every keystroke. */
  private tags: [string, number][] | null = null;

  constructor(
    app: App,
    private readonly service: IndexService,
    private readonly settings: () => PluginSettings,
  ) {
    super(app);
  }

  onTrigger(cursor: EditorPosition, editor: Editor, file: TFile | null): EditorSuggestTriggerInfo | null {
    this.current = this.contextAt(cursor, editor, file);
    if (!this.current) {
      this.tags = null;
      return null;
    }
    return { start: { line: cursor.line, ch: this.current.start }, end: cursor, query: this.current.query };
  }

  getSuggestions(context: EditorSuggestContext): Item[] {
    const ctx = this.current;
    if (!ctx) return [];
    const query = context.query.trim();
    const hits = query === '' ? this.popular(ctx.kind) : this.service.searcher.search(query, 40).filter((h) => h.kind === ctx.kind);
    const items: Item[] = hits.slice(0, TOPICS_SHOWN).map((hit) => ({ hit, ctx }));
    if (ctx.kind !== 'topic' || ctx.inFrontMatter) return items;
    // A tag that starts with what was typed is most likely the one meant: it goes first, other matches after the topics.
    const tags = this.vaultTags(query).map((tag): Item => ({ tag, ctx }));
    const first = query === '' ? [] : tags.filter((t) => t.tag?.slice(1).toLowerCase().startsWith(query.toLowerCase()));
    return [...first, ...items, ...tags.filter((t) => !first.includes(t))];
  }

  renderSuggestion(item: Item, el: HTMLElement): void {
    if (item.tag !== undefined) {
      el.createDiv({ text: item.tag });
      return;
    }
    // The display name, and the alias that found it when that was not the name (김광섭 ← 루카스): never a slug id.
    const label = item.hit.kind === 'topic' ? topicLabel(this.service.index, item.hit.id, uiLanguage()) : item.hit.label;
    el.createDiv({ cls: 'suggestion-title', text: label });
    if (item.hit.matched !== undefined && foldKey(item.hit.matched) !== foldKey(label)) el.createDiv({ cls: 'suggestion-note conference-notes-muted', text: `← ${item.hit.matched}` });
  }

  override selectSuggestion(item: Item, evt: MouseEvent | KeyboardEvent): void {
    // `instanceOf`, not `instanceof`: a keystroke in a popout window has that window's KeyboardEvent.
    if (evt.instanceOf(KeyboardEvent) && isImeEnter(evt)) return;
    const context = this.context;
    if (!context) return;
    const text =
      item.tag !== undefined
        ? `${item.tag} `
        : completionText(item.ctx, { label: item.hit.label, tag: item.hit.kind === 'topic' ? item.hit.id : slugId(item.hit.label) }, this.settings().topicTagPrefix);
    context.editor.replaceRange(text, context.start, context.end);
    this.close();
  }

  private contextAt(cursor: EditorPosition, editor: Editor, file: TFile | null): CompletionContext | null {
    const settings = this.settings();
    const lines: string[] = [];
    for (let i = 0; i <= cursor.line; i++) lines.push(editor.getLine(i));
    const p = settings.props;
    const ctx = completionAt(lines, cursor.ch, { topicsKey: p.topics, speakersKey: p.speakers, speakerTrigger: settings.speakerTrigger });
    if (!ctx || ctx.inFrontMatter || settings.completeEverywhere) return ctx;
    return file && this.service.index.session(file.path) ? ctx : null;
  }

  /** Tags used in the vault that contain `query`, most used first, as Obsidian's own completion offers them. */
  private vaultTags(query: string): string[] {
    if (!this.tags) {
      const counts = new Map<string, number>();
      for (const file of this.app.vault.getMarkdownFiles()) {
        const cache = this.app.metadataCache.getFileCache(file);
        for (const tag of (cache && getAllTags(cache)) ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      }
      this.tags = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    }
    const q = query.toLowerCase();
    const topicTag = `#${this.settings().topicTagPrefix}/`.toLowerCase();
    return this.tags
      .map(([tag]) => tag)
      .filter((tag) => !tag.toLowerCase().startsWith(topicTag) && tag.slice(1).toLowerCase().includes(q))
      .slice(0, TAGS_SHOWN);
  }

  /** With nothing typed yet: the topics or speakers the vault uses most. */
  private popular(kind: 'topic' | 'speaker'): SearchHit[] {
    const { index } = this.service;
    if (kind === 'topic') {
      return index
        .topicIds()
        .sort((a, b) => index.topicFrequency(b) - index.topicFrequency(a))
        .map((id) => ({ kind: 'topic', id, label: topicLabel(index, id, uiLanguage()), score: 1 }));
    }
    return index
      .speakerKeys()
      .sort((a, b) => index.speakerFrequency(b) - index.speakerFrequency(a))
      .map((key) => {
        const name = speakerName(index, key);
        return { kind: 'speaker', id: name, label: name, score: 1 };
      });
  }
}

/**
 * Puts the suggester before Obsidian's own ones. `workspace.editorSuggest` is
 * not public API: when it is missing the suggester simply stays where
 * `registerEditorSuggest` put it.
 */
export function putFirst(app: App, suggest: object): void {
  const chain = (app.workspace as unknown as { editorSuggest?: { suggests?: unknown } }).editorSuggest?.suggests;
  if (!Array.isArray(chain)) return;
  const at = chain.indexOf(suggest);
  if (at <= 0) return;
  chain.splice(at, 1);
  chain.unshift(suggest);
}
