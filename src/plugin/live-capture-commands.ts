/**
 * Capture during a talk, one keystroke each (hotkeys, the mobile toolbar):
 * insert a timestamp, start the talk timer, add a question, add a takeaway,
 * add a slide photo. Only in session notes, and always through the Editor, so
 * the cursor and undo history stay.
 */
import { Notice, type Editor, type MarkdownFileInfo, type MarkdownView, type Plugin, type TFile } from 'obsidian';
import { questionEdit, takeawayEdit, type LineEdit } from '../core/capture/live-edits';
import { elapsedSeconds, formatStamp, stampEdit, talkStart } from '../core/capture/timestamp';
import { postLanguage } from '../core/export/language';
import { talkDate } from '../core/index/listings';
import type { SessionRecord } from '../core/index/session-record';
import { wallClock } from '../core/text/zoned-time';
import { clock } from './clock';
import type { IndexService } from './index-service';
import { uiText } from './language';
import type { PluginSettings } from './settings';
import { addSlidePhoto } from './slide-photo';

/** The stamp for now in a talk, or why there is none (no start known, or not started yet). */
type StampResult = { stamp: string } | { error: string };

export function registerLiveCapture(plugin: Plugin, service: IndexService, settings: () => PluginSettings): void {
  const t = uiText();
  const app = plugin.app;

  /** The stamp for now in the talk of `file`: its timer if started, else its date and time on the event's clocks. */
  const stampNow = (file: TFile, session: SessionRecord): StampResult => {
    const event = session.event === undefined ? undefined : service.index.catalog.events.get(session.event);
    const timer = app.metadataCache.getFileCache(file)?.frontmatter?.[settings().props.timerStart] as unknown;
    const date = talkDate(service.index, session);
    const zone = event?.timeZone;
    const start = talkStart({ date, time: session.time, zone, timer: typeof timer === 'string' ? timer : undefined });
    if (start === undefined) return { error: t('notice.noTalkStart') };
    const seconds = elapsedSeconds(start, clock.now());
    if (seconds < 0) {
      const at = wallClock(start, zone);
      return { error: t('notice.talkNotStarted', { time: `${at.date} ${at.time}` }) };
    }
    return { stamp: formatStamp(seconds) };
  };

  /** A command on the session note in the editor; hidden elsewhere. */
  const inSession = (id: string, name: string, icon: string, run: (editor: Editor, file: TFile, session: SessionRecord) => unknown): void => {
    plugin.addCommand({
      id,
      name,
      icon,
      editorCheckCallback: (checking: boolean, editor: Editor, ctx: MarkdownView | MarkdownFileInfo) => {
        const file = ctx.file;
        const session = file ? service.index.session(file.path) : undefined;
        if (!file || !session) return false;
        if (!checking) void run(editor, file, session);
        return true;
      },
    });
  };

  inSession('insert-timestamp', t('command.insertTimestamp'), 'clock', (editor, file, session) => {
    const now = stampNow(file, session);
    if ('error' in now) return new Notice(now.error);
    const line = editor.getCursor().line;
    const edit = stampEdit(editor.getLine(line), now.stamp);
    editor.replaceRange(edit.text, { line, ch: edit.from }, { line, ch: edit.to });
    // The cursor goes after the stamp when it was before it.
    if (editor.getCursor().line === line && editor.getCursor().ch < edit.from + edit.text.length) editor.setCursor({ line, ch: edit.from + edit.text.length });
  });
  inSession('start-talk-timer', t('command.startTimer'), 'timer', async (_editor, file) => {
    const key = settings().props.timerStart;
    await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
      fm[key] = new Date(clock.now()).toISOString();
    });
    new Notice(t('notice.timerStarted'));
  });
  inSession('add-question', t('command.question'), 'help-circle', (editor) => {
    // A questions section made for the note is named in the note's language.
    apply(editor, questionEdit(editor.getValue().split('\n'), postLanguage([editor.getValue()]) === 'ko'));
  });
  inSession('add-takeaway', t('command.takeaway'), 'lightbulb', (editor) => {
    const cursor = editor.getCursor();
    apply(editor, takeawayEdit(editor.getLine(cursor.line), cursor));
  });
  inSession('slide-photo', t('command.slidePhoto'), 'camera', (editor, file, session) => {
    const now = stampNow(file, session);
    return addSlidePhoto(app, editor, file, session.title, 'stamp' in now ? now.stamp : null);
  });
}

function apply(editor: Editor, edit: LineEdit): void {
  editor.replaceRange(edit.text, edit.from, edit.to);
  editor.setCursor(edit.cursor);
}
