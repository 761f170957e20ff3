/** Capture: new session and event notes, templates and cursor stops, topic suggestions, autocomplete, code blocks. */
import { MarkdownView, Notice, type Editor, type Plugin, type TFile } from 'obsidian';
import { CURSOR_STOP, renderTemplate } from '../core/capture/render-template';
import { sessionProperties } from '../core/capture/new-session';
import { splitFrontMatter } from '../core/front-matter-block';
import { registerCodeBlocks } from './code-blocks';
import type { IndexService } from './index-service';
import { NewEventModal } from './new-event-modal';
import { NewSessionModal } from './new-session-modal';
import type { PluginSettings } from './settings';
import { SuggestTopicsModal } from './suggest-topics-modal';
import { loadTemplate } from './template-source';
import { TermSuggest } from './term-suggest';
import { uiText } from './language';

export function registerCapture(plugin: Plugin, service: IndexService, settings: () => PluginSettings): { newSession(eventId?: string): void } {
  const t = uiText();
  const app = plugin.app;
  const newSession = (eventId?: string): void => new NewSessionModal(app, service, settings(), eventId).open();
  const activeMarkdown = (): TFile | null => {
    const file = app.workspace.getActiveFile();
    return file && file.extension === 'md' ? file : null;
  };

  plugin.addCommand({ id: 'new-session', name: t('command.newSession'), callback: () => newSession() });
  plugin.addCommand({ id: 'new-event', name: t('command.newEvent'), callback: () => new NewEventModal(app, settings()).open() });
  plugin.addCommand({ id: 'next-cursor-stop', name: t('command.nextStop'), editorCallback: (editor: Editor) => jumpToNextStop(editor, t('notice.noStop')) });
  /** A command for the Markdown note in front; unavailable without one. */
  const onNote = (id: string, name: string, run: (file: TFile) => unknown): void => {
    plugin.addCommand({
      id,
      name,
      checkCallback: (checking) => {
        const file = activeMarkdown();
        if (!file) return false;
        if (!checking) run(file);
        return true;
      },
    });
  };
  onNote('apply-session-template', t('command.applyTemplate'), (file) => applyTemplate(plugin, service, settings(), file).then(() => new Notice(t('notice.templateApplied'))));
  onNote('suggest-topics', t('command.suggestTopics'), (file) => new SuggestTopicsModal(app, service, file).open());
  plugin.registerEditorSuggest(new TermSuggest(app, service, settings()));
  registerCodeBlocks(plugin, service, (eventId) => newSession(eventId));
  return { newSession };
}

/** Removes the lowest-numbered `{{cursor:N}}` left in the note and puts the caret there. */
export function jumpToNextStop(editor: Editor, none: string): void {
  const text = editor.getValue();
  let best: { at: number; length: number; n: number } | null = null;
  for (const m of text.matchAll(CURSOR_STOP)) {
    const n = m[1] === undefined ? 1 : Number(m[1]);
    if (!best || n < best.n) best = { at: m.index ?? 0, length: m[0].length, n };
  }
  if (!best) {
    new Notice(none);
    return;
  }
  const from = editor.offsetToPos(best.at);
  editor.replaceRange('', from, editor.offsetToPos(best.at + best.length));
  editor.setCursor(from);
}

/**
 * Adds the session properties a note lacks (every existing key is kept) and,
 * when the note has no body yet, the template's sections.
 */
async function applyTemplate(plugin: Plugin, service: IndexService, settings: PluginSettings, file: TFile): Promise<void> {
  const app = plugin.app;
  const template = await loadTemplate(app, settings, settings.defaultTemplate);
  const session = service.index.session(file.path);
  const title = session?.title ?? file.basename;
  const { props, speakers, topics, date } = sessionProperties({ title, speakers: [], topics: [], extra: template.extra }, service.index.catalog, settings, new Date());
  await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(props)) if (!(key in fm) && value !== undefined) fm[key] = value;
  });
  const rendered = renderTemplate(template.body, { title, speakers, topics, date, now: new Date() });
  // The first stop goes back in, so that the jump below lands on it.
  const body = rendered.cursor === null ? rendered.text : `${rendered.text.slice(0, rendered.cursor)}{{cursor}}${rendered.text.slice(rendered.cursor)}`;
  let added = false;
  await app.vault.process(file, (text) => {
    if (splitFrontMatter(text).body.trim() !== '') return text;
    added = true;
    return text + (text.endsWith('\n') ? '' : '\n') + body;
  });
  const editor = app.workspace.getActiveViewOfType(MarkdownView)?.editor;
  if (added && editor && rendered.cursor !== null) jumpToNextStop(editor, '');
}
