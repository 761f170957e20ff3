/**
 * Autocomplete while typing: `#` suggests topics (any alias, Korean-aware) and
 * inserts the tag form, the speaker trigger (`@`) suggests speakers and
 * inserts a link, and the `topics:` / `speakers:` lists of the front matter
 * get the same suggestions. An IME Enter never picks.
 */
import { EditorSuggest, type App, type Editor, type EditorPosition, type EditorSuggestContext, type EditorSuggestTriggerInfo, type TFile } from 'obsidian';
import { completionAt, completionText, type CompletionContext } from '../core/capture/edit-context';
import { speakerName, topicLabel } from '../core/listings';
import { slugId } from '../core/normalize';
import type { SearchHit } from '../core/search/searcher';
import type { IndexService } from './index-service';
import { isImeEnter } from './query-input';
import type { PluginSettings } from './settings';

interface Item {
  hit: SearchHit;
  ctx: CompletionContext;
}

export class TermSuggest extends EditorSuggest<Item> {
  private current: CompletionContext | null = null;

  constructor(
    app: App,
    private readonly service: IndexService,
    private readonly settings: PluginSettings,
  ) {
    super(app);
  }

  onTrigger(cursor: EditorPosition, editor: Editor, _file: TFile | null): EditorSuggestTriggerInfo | null {
    const lines: string[] = [];
    for (let i = 0; i <= cursor.line; i++) lines.push(editor.getLine(i));
    const p = this.settings.props;
    this.current = completionAt(lines, cursor.ch, { topicsKey: p.topics, speakersKey: p.speakers, speakerTrigger: this.settings.speakerTrigger });
    if (!this.current) return null;
    return { start: { line: cursor.line, ch: this.current.start }, end: cursor, query: this.current.query };
  }

  getSuggestions(context: EditorSuggestContext): Item[] {
    const ctx = this.current;
    if (!ctx) return [];
    const hits =
      context.query.trim() === '' ? this.popular(ctx.kind) : this.service.searcher.search(context.query, 40).filter((h) => h.kind === ctx.kind);
    return hits.slice(0, 15).map((hit) => ({ hit, ctx }));
  }

  renderSuggestion(item: Item, el: HTMLElement): void {
    el.createDiv({ text: item.hit.label });
    if (item.hit.kind === 'topic' && item.hit.id !== slugId(item.hit.label)) el.createDiv({ cls: 'conference-notes-muted', text: item.hit.id });
  }

  override selectSuggestion(item: Item, evt: MouseEvent | KeyboardEvent): void {
    if (evt instanceof KeyboardEvent && isImeEnter(evt)) return;
    const context = this.context;
    if (!context) return;
    const text = completionText(item.ctx, { label: item.hit.label, tag: item.hit.kind === 'topic' ? item.hit.id : slugId(item.hit.label) }, this.settings.topicTagPrefix);
    context.editor.replaceRange(text, context.start, context.end);
    this.close();
  }

  /** With nothing typed yet: the topics or speakers the vault uses most. */
  private popular(kind: 'topic' | 'speaker'): SearchHit[] {
    const { index } = this.service;
    if (kind === 'topic') {
      return index
        .topicIds()
        .sort((a, b) => index.topicFrequency(b) - index.topicFrequency(a))
        .map((id) => ({ kind: 'topic', id, label: topicLabel(index, id), score: 1 }));
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
