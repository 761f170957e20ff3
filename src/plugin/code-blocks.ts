/**
 * `conference-sessions` (an event's talks in talk order, by day) and
 * `conference-topic` (a topic's talks across events, narrower topics' included) code blocks, redrawn after
 * the index changes, once per burst and only while the block is on screen.
 */
import { MarkdownRenderChild, type App, type MarkdownPostProcessorContext, type Plugin } from 'obsidian';
import { eventOfNote, sessionsOfTopicTree, speakerName } from '../core/index/listings';
import { basename } from '../core/note/note-meta';
import type { SessionRecord } from '../core/index/session-record';
import { compareChronological, compareTalkOrder } from '../core/index/talk-order';
import { INDEX_CHANGED, type IndexService } from './index-service';
import { uiText } from './language';

type Draw = (el: HTMLElement) => void;

/** Index changes come in bursts (a save, a Sync pull): one redraw per burst, as the pane does. */
const REDRAW_DELAY_MS = 30;

class LiveBlock extends MarkdownRenderChild {
  private timer: number | undefined;
  /** The index changed while the block was off screen; drawn when it shows again. */
  private stale = false;

  constructor(
    el: HTMLElement,
    private readonly app: App,
    private readonly service: IndexService,
    private readonly draw: Draw,
  ) {
    super(el);
  }

  override onload(): void {
    this.draw(this.containerEl);
    this.registerEvent(this.service.on(INDEX_CHANGED, () => this.requestDraw()));
    // A hidden tab or a collapsed section that shows again brings the block back on screen.
    this.registerEvent(this.app.workspace.on('layout-change', () => this.stale && this.requestDraw()));
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.stale && this.requestDraw()));
    this.register(() => window.clearTimeout(this.timer));
  }

  private requestDraw(): void {
    this.stale = true;
    if (!this.containerEl.isShown() || this.timer !== undefined) return;
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      // Hidden again before the timer ran: wait for it to show.
      if (!this.containerEl.isShown()) return;
      this.stale = false;
      this.draw(this.containerEl);
    }, REDRAW_DELAY_MS);
  }
}

export function registerCodeBlocks(plugin: Plugin, service: IndexService, newSession: (eventId: string) => void): void {
  const t = uiText();
  const app = plugin.app;
  const talkList = (el: HTMLElement, sessions: SessionRecord[], heading: (s: SessionRecord) => string): void => {
    let current: string | null = null;
    let list: HTMLElement | null = null;
    for (const s of sessions) {
      const h = heading(s);
      if (h !== current || !list) {
        current = h;
        if (h !== '') el.createEl('h4', { text: h });
        list = el.createEl('ul');
      }
      const item = list.createEl('li');
      if (s.time !== undefined) item.createSpan({ cls: 'conference-notes-muted', text: `${s.time} ` });
      link(app, item, s.path, s.title);
      const who = s.speakers.map((k) => speakerName(service.index, k)).join(', ');
      if (who) item.createSpan({ cls: 'conference-notes-muted', text: ` · ${who}` });
    }
  };

  plugin.registerMarkdownCodeBlockProcessor('conference-sessions', (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => {
    ctx.addChild(
      new LiveBlock(el, app, service, (target) => {
        target.empty();
        const { index } = service;
        const written = source.trim();
        const id = written !== '' ? index.catalog.resolveEvent({ text: written }) : eventOfNote(index, ctx.sourcePath);
        const event = id === null ? undefined : index.catalog.events.get(id);
        if (!event) {
          target.createDiv({ cls: 'conference-notes-empty', text: t('block.unknownEvent', { name: written || basename(ctx.sourcePath) }) });
          return;
        }
        const sessions = index.sessionsOfEvent(event.id).sort(compareTalkOrder);
        if (sessions.length === 0) target.createDiv({ cls: 'conference-notes-empty', text: t('block.noSessions') });
        talkList(target, sessions, (s) => (s.day === undefined ? '' : t('view.day', { day: s.day })));
        const button = target.createEl('button', { text: t('block.newSession') });
        button.addEventListener('click', () => newSession(event.id));
      }),
    );
  });

  plugin.registerMarkdownCodeBlockProcessor('conference-topic', (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => {
    ctx.addChild(
      new LiveBlock(el, app, service, (target) => {
        target.empty();
        const { index } = service;
        const id = index.catalog.vocabulary.resolve(source.trim()) ?? source.trim().toLowerCase();
        const sessions = sessionsOfTopicTree(index, id).sort(compareChronological).reverse();
        if (sessions.length === 0) {
          target.createDiv({ cls: 'conference-notes-empty', text: t('block.unknownTopic', { name: source.trim() }) });
          return;
        }
        talkList(target, sessions, (s) => s.event ?? t('view.noEvent'));
      }),
    );
  });
}

function link(app: App, parent: HTMLElement, path: string, text: string): void {
  const a = parent.createEl('a', { cls: 'internal-link', text, attr: { 'data-href': path, href: path } });
  a.addEventListener('click', (evt) => {
    evt.preventDefault();
    void app.workspace.openLinkText(path, '', evt.ctrlKey || evt.metaKey);
  });
}
