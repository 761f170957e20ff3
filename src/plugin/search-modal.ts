/**
 * "Search talks, topics and speakers": one box over the Korean-aware search.
 * A talk or event opens its note; a topic or speaker lists its talks, newest
 * event last, in the same box.
 */
import { Keymap, Modal, Platform, TFile, type App } from 'obsidian';
import type { SearchHit } from '../core/search/searcher';
import { sessionsOfTopicTree } from '../core/index/listings';
import type { SessionRecord } from '../core/index/session-record';
import { compareChronological } from '../core/index/talk-order';
import type { IndexService } from './index-service';
import { bindQueryInput, modEnterLabel } from './query-input';
import { highlightRow } from './highlight-row';
import { uiText } from './language';
import { uniqueId } from './unique-id';

const LIMIT = 50;

/** What the box shows before anything is typed (related talks, a speaker's talks, a pick). */
export interface StartList {
  title: string;
  hits: SearchHit[];
  /** A line under a hit, by hit id (the reasons a talk is related). */
  details?: Map<string, string>;
}

export class SearchModal extends Modal {
  private readonly t = uiText();
  private readonly input: HTMLInputElement;
  private readonly list: HTMLElement;
  private hits: SearchHit[] = [];
  private selected = 0;

  constructor(
    app: App,
    private readonly service: IndexService,
    private readonly start?: StartList,
  ) {
    super(app);
    this.modalEl.addClass('conference-notes-search');
    this.list = createDiv({ cls: 'conference-notes-hits', attr: { role: 'listbox', id: uniqueId('conference-notes-hits') } });
    const label = this.t('command.search');
    this.input = this.contentEl.createEl('input', {
      type: 'text',
      cls: 'conference-notes-query',
      attr: { placeholder: this.t('search.placeholder'), spellcheck: 'false', 'aria-label': label, role: 'combobox', 'aria-expanded': 'true', 'aria-controls': this.list.id },
    });
    this.list.setAttr('aria-label', label);
    this.contentEl.appendChild(this.list);
    // Keys to press mean nothing on a phone: Obsidian's own prompts hide their instructions there too.
    if (!Platform.isMobile) this.contentEl.createDiv({ cls: 'conference-notes-muted', text: this.t('search.hint', { mod: modEnterLabel() }) });
    bindQueryInput(this.input, {
      query: (text) => (text.trim() === '' && this.start ? this.show(this.start.hits) : this.show(this.service.searcher.search(text, LIMIT))),
      move: (delta) => this.select(this.selected + delta),
      choose: (newTab) => void this.choose(this.hits[this.selected], newTab),
    });
  }

  override onOpen(): void {
    if (this.start) this.setTitle(this.start.title);
    this.show(this.start?.hits ?? []);
    this.input.focus();
  }

  /** Shows the talks of a topic or speaker straight away. */
  openTalks(hit: SearchHit): void {
    this.open();
    this.showTalks(hit);
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private show(hits: SearchHit[], empty = this.input.value.trim() === '' ? '' : this.t('search.empty')): void {
    this.hits = hits;
    this.selected = 0;
    this.list.empty();
    if (hits.length === 0 && empty !== '') this.list.createDiv({ cls: 'conference-notes-empty', text: empty });
    hits.forEach((hit, i) => {
      const row = this.list.createDiv({ cls: 'conference-notes-hit', attr: { role: 'option', id: `${this.list.id}-${i}`, title: hit.label } });
      row.createSpan({ cls: 'conference-notes-hit-kind', text: this.t(`search.kind.${hit.kind}`) });
      row.createSpan({ cls: 'conference-notes-hit-label', text: hit.label });
      const detail = this.detail(hit);
      if (detail) row.createSpan({ cls: 'conference-notes-muted', text: detail });
      // Hovering selects without scrolling, as in Obsidian's suggesters.
      row.addEventListener('mousemove', () => this.select(i, false));
      row.addEventListener('click', (evt) => void this.choose(hit, Keymap.isModEvent(evt) !== false));
    });
    this.select(0);
  }

  private detail(hit: SearchHit): string {
    const given = this.input.value.trim() === '' ? this.start?.details?.get(hit.id) : undefined;
    if (given !== undefined) return given;
    if (hit.kind !== 'session') return '';
    const s = this.service.index.session(hit.id);
    return [s?.event, s?.date].filter((x) => x !== undefined).join(' · ');
  }

  private select(i: number, reveal = true): void {
    this.selected = highlightRow(this.list, i, this.selected, reveal);
    if (this.hits.length > 0) this.input.setAttr('aria-activedescendant', `${this.list.id}-${this.selected}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private async choose(hit: SearchHit | undefined, newTab: boolean): Promise<void> {
    if (!hit) return;
    if (hit.kind === 'topic' || hit.kind === 'speaker') {
      this.showTalks(hit);
      return;
    }
    const file = hit.path === undefined ? null : this.app.vault.getAbstractFileByPath(hit.path);
    if (!(file instanceof TFile)) return;
    this.close();
    await this.app.workspace.getLeaf(newTab ? 'tab' : false).openFile(file);
  }

  private showTalks(hit: SearchHit): void {
    const index = this.service.index;
    const talks: SessionRecord[] =
      hit.kind === 'topic' ? sessionsOfTopicTree(index, hit.id) : index.sessionsOfSpeaker(index.catalog.speakerKey({ text: hit.id }));
    this.setTitle(this.t(hit.kind === 'topic' ? 'search.talksOn' : 'search.talksBy', { name: hit.label }));
    const hits = talks.sort(compareChronological).map((s): SearchHit => ({ kind: 'session', id: s.path, label: s.title, path: s.path, score: 1 }));
    this.show(hits, this.t('search.noTalks'));
  }
}
