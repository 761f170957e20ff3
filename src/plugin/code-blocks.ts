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
import { CoalescedRedraw } from './coalesced-redraw';
import type { IndexService } from './index-service';
import { uiText } from './language';

type Draw = (el: HTMLElement) => void;

class LiveBlock extends MarkdownRenderChild {
  private readonly redraw: CoalescedRedraw;

  constructor(
    el: HTMLElement,
    private readonly app: App,
    private readonly service: IndexService,
    private readonly draw: Draw,
  ) {
    super(el);
    this.redraw = new CoalescedRedraw(el, () => {
      this.redraw.drawn();
      this.draw(el);
    });
  }

  override onload(): void {
    this.draw(this.containerEl);
    this.redraw.watch(this, this.app, this.service);
    // A hidden tab that shows again brings the block back on screen.
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.redraw.pending && this.redraw.request()));
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
