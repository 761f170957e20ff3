/** Capture: new session and event notes, templates and cursor stops, topic suggestions, autocomplete, code blocks. */
import { Notice, type Editor, type Plugin, type TFile } from 'obsidian';
import { applyTemplate, jumpToNextStop } from './apply-template';
import { registerCodeBlocks } from './code-blocks';
import { editTalkProperties } from './edit-properties';
import type { IndexService } from './index-service';
import { NewEventModal } from './new-event-modal';
import { NewSessionModal } from './new-session-modal';
import type { PluginSettings } from './settings';
import { SuggestTopicsModal } from './suggest-topics-modal';
import { putFirst, TermSuggest } from './term-suggest';
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
  plugin.addCommand({
    id: 'next-cursor-stop',
    name: t('command.nextStop'),
    editorCallback: (editor: Editor) => {
      if (!jumpToNextStop(editor)) new Notice(t('notice.noStop'));
    },
  });
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
  onNote('apply-session-template', t('command.applyTemplate'), (file) =>
    applyTemplate(app, service, settings(), file).then(
      () => new Notice(t('notice.templateApplied')),
      (e: unknown) => new Notice(t('notice.templateFailed', { error: e instanceof Error ? e.message : String(e) })),
    ),
  );
  onNote('suggest-topics', t('command.suggestTopics'), (file) => new SuggestTopicsModal(app, service, file).open());
  plugin.addCommand({
    id: 'edit-talk-properties',
    name: t('command.editProperties'),
    checkCallback: (checking) => {
      const file = activeMarkdown();
      // Only talks: the form reads and writes session properties.
      if (!file || !service.index.session(file.path)) return false;
      if (!checking) editTalkProperties(app, service, settings(), file);
      return true;
    },
  });
  const suggest = new TermSuggest(app, service, settings);
  plugin.registerEditorSuggest(suggest);
  putFirst(app, suggest);
  registerCodeBlocks(plugin, service, (eventId) => newSession(eventId));
  return { newSession };
}
