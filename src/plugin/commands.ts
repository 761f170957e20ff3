/** The plugin's commands, ribbon icon and view. None has a default hotkey: users choose their own. */
import { MarkdownView, type App, type Plugin } from 'obsidian';
import { speakerName, topicLabel } from '../core/index/listings';
import { related } from '../core/index/related';
import type { SearchHit } from '../core/search/searcher';
import type { SessionRecord } from '../core/index/session-record';
import { compareTalkOrder } from '../core/index/talk-order';
import { termAt } from '../core/vocabulary/term-at';
import type { IndexService } from './index-service';
import { openPath } from './open-note';
import { describeReason } from './pane-row';
import { SearchModal } from './search-modal';
import { TopicIndexView, VIEW_TYPE, type PaneActions } from './topic-index-view';
import { openTopicIndex } from './view-lookup';
import { uiLanguage, uiText } from './language';

export function registerUi(plugin: Plugin, service: IndexService, actions: PaneActions): void {
  const t = uiText();
  const app = plugin.app;
  plugin.registerView(VIEW_TYPE, (leaf) => new TopicIndexView(leaf, service, actions));
  plugin.registerHoverLinkSource(VIEW_TYPE, { display: t('view.title'), defaultMod: true });
  plugin.addRibbonIcon('library', t('command.openIndex'), () => void openTopicIndex(app));

  /** The session note open in the editor, if it is one. */
  const activeSession = (): SessionRecord | undefined => {
    const path = app.workspace.getActiveFile()?.path;
    return path === undefined ? undefined : service.index.session(path);
  };
  const withSession = (run: (s: SessionRecord) => unknown) => (checking: boolean) => {
    const session = activeSession();
    if (!session) return false;
    if (!checking) void run(session);
    return true;
  };
  const sessionHit = (s: SessionRecord): SearchHit => ({ kind: 'session', id: s.path, label: s.title, path: s.path, score: 1 });

  plugin.addCommand({ id: 'search', name: t('command.search'), callback: () => new SearchModal(app, service).open() });
  plugin.addCommand({ id: 'open-topic-index', name: t('command.openIndex'), callback: () => void openTopicIndex(app) });
  plugin.addCommand({
    id: 'jump-to-related',
    name: t('command.related'),
    checkCallback: withSession((s) => {
      const found = related(service.index, s.path, 30);
      const details = new Map(found.map((r) => [r.session.path, r.reasons.map((x) => describeReason(x, service.index, t)).join(' · ')]));
      new SearchModal(app, service, { title: t('related.title'), hits: found.map((r) => sessionHit(r.session)), details }).open();
    }),
  });
  for (const [id, step] of [['next-session', 1], ['previous-session', -1]] as const) {
    plugin.addCommand({
      id,
      name: t(step === 1 ? 'command.next' : 'command.previous'),
      checkCallback: (checking) => {
        const target = neighbourInEvent(service, activeSession(), step);
        if (!target) return false;
        if (!checking) void openPath(app, target.path, false);
        return true;
      },
    });
  }
  plugin.addCommand({
    id: 'open-event-note',
    name: t('command.eventNote'),
    checkCallback: (checking) => {
      const event = activeSession()?.event;
      const path = event === undefined ? undefined : service.index.catalog.events.get(event)?.path;
      if (path === undefined) return false;
      if (!checking) void openPath(app, path, false);
      return true;
    },
  });
  plugin.addCommand({
    id: 'other-talks-by-speaker',
    name: t('command.speakerTalks'),
    checkCallback: withSession((s) => {
      if (s.speakers.length === 0) return;
      const hits = s.speakers.map((key): SearchHit => {
        const name = speakerName(service.index, key);
        return { kind: 'speaker', id: name, label: name, score: 1 };
      });
      const modal = new SearchModal(app, service, { title: t('pick.speaker'), hits });
      if (hits.length === 1) modal.openTalks(hits[0]);
      else modal.open();
    }),
  });
  plugin.addCommand({ id: 'sessions-on-topic', name: t('command.topicTalks'), callback: () => void sessionsOnTopic(app, service) });
}

/** The talk before or after the active one in its event's programme. */
function neighbourInEvent(service: IndexService, session: SessionRecord | undefined, step: 1 | -1): SessionRecord | undefined {
  if (session?.event === undefined) return undefined;
  const programme = service.index.sessionsOfEvent(session.event).sort(compareTalkOrder);
  return programme[programme.findIndex((s) => s.path === session.path) + step];
}

/** The topic under the cursor opens in the pane; without one, the note's topics (or all) to pick from. */
async function sessionsOnTopic(app: App, service: IndexService): Promise<void> {
  const t = uiText();
  const editor = app.workspace.getActiveViewOfType(MarkdownView)?.editor;
  if (editor) {
    const cursor = editor.getCursor();
    const prefix = `${service.index.settings.topicTagPrefix}/`;
    const term = termAt(editor.getLine(cursor.line), cursor.ch);
    const id = service.index.catalog.vocabulary.resolve(term.toLowerCase().startsWith(prefix.toLowerCase()) ? term.slice(prefix.length) : term);
    if (id !== null) {
      (await openTopicIndex(app))?.reveal('topics', id);
      return;
    }
  }
  const path = app.workspace.getActiveFile()?.path;
  const own = path === undefined ? [] : service.index.session(path)?.topics ?? [];
  const ids = own.length > 0 ? own : service.index.topicIds();
  const hits = ids.map((id): SearchHit => ({ kind: 'topic', id, label: topicLabel(service.index, id, uiLanguage()), score: 1 }));
  new SearchModal(app, service, { title: t('pick.topic'), hits }).open();
}
