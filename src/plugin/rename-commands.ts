/**
 * "Rename topic…", "Merge topic into…" (and the same for speakers), with a preview
 * of every note that changes, and "Undo last rename or merge". Notes are edited
 * through `Vault.process` with the byte-preserving edits of core/rename; a note
 * edited between preview and apply (or before an undo) is left alone.
 */
import { Notice, TFile, type Plugin } from 'obsidian';
import { listSpeakers, listTopics, topicLabel } from '../core/index/listings';
import { renameAcross, renameRule, type NoteChange, type RenameKind } from '../core/rename/rename-vault';
import type { IndexService } from './index-service';
import { PickModal } from './pick-modal';
import { PromptModal } from './prompt-modal';
import { RenamePreviewModal } from './rename-modal';
import { uiLanguage, uiText } from './language';

export function registerRename(plugin: Plugin, service: IndexService): void {
  const t = uiText();
  const app = plugin.app;
  /** The texts of the last operation, kept in memory only, for one undo. */
  let last: NoteChange[] = [];

  const names = (kind: RenameKind): { label: string; value: string }[] =>
    kind === 'topic'
      ? listTopics(service.index)
          .map((topic) => ({ label: topicLabel(service.index, topic.id, uiLanguage()), value: topic.label, also: [topic.label, ...topic.aliases] }))
          // In the order of the names shown, which in Korean is not the order of the English ids.
          .sort((a, b) => a.label.localeCompare(b.label, uiLanguage()))
      : listSpeakers(service.index).map((speaker) => ({ label: speaker.id, value: speaker.id }));

  const preview = async (kind: RenameKind, merge: boolean, from: string, to: string): Promise<void> => {
    const rule = renameRule(service.index, kind, from, to);
    const notes = await Promise.all(app.vault.getMarkdownFiles().map(async (f) => ({ path: f.path, text: await app.vault.read(f) })));
    const changes = renameAcross(notes, rule);
    const title = t(merge ? 'rename.preview.merge' : 'rename.preview.rename', { from, to });
    new RenamePreviewModal(app, title, changes, t, () => void write(changes)).open();
  };

  const write = async (changes: NoteChange[]): Promise<void> => {
    const done: NoteChange[] = [];
    for (const change of changes) {
      const file = app.vault.getFileByPath(change.path);
      if (!(file instanceof TFile)) continue;
      let applied = false;
      await app.vault.process(file, (text) => {
        applied = text === change.before;
        return applied ? change.after : text;
      });
      if (applied) done.push(change);
    }
    last = done;
    new Notice(t('rename.done', { count: done.length, skipped: changes.length - done.length }));
  };

  const start = (kind: RenameKind, merge: boolean): void => {
    const pickTitle = t(kind === 'topic' ? 'rename.pickTopic' : 'rename.pickSpeaker');
    new PickModal(app, pickTitle, names(kind), (from) => {
      if (merge) {
        const others = names(kind).filter((n) => n.value !== from);
        new PickModal(app, t('rename.pickInto', { from }), others, (into) => void preview(kind, true, from, into)).open();
      } else {
        new PromptModal(app, { title: t('rename.newName', { from }), action: t('rename.next'), initial: from, submit: (to) => void preview(kind, false, from, to) }).open();
      }
    }).open();
  };

  plugin.addCommand({ id: 'rename-topic', name: t('command.renameTopic'), callback: () => start('topic', false) });
  plugin.addCommand({ id: 'merge-topic', name: t('command.mergeTopic'), callback: () => start('topic', true) });
  plugin.addCommand({ id: 'rename-speaker', name: t('command.renameSpeaker'), callback: () => start('speaker', false) });
  plugin.addCommand({ id: 'merge-speaker', name: t('command.mergeSpeaker'), callback: () => start('speaker', true) });
  plugin.addCommand({
    id: 'undo-rename',
    name: t('command.undoRename'),
    callback: () => void undo(),
  });

  const undo = async (): Promise<void> => {
    if (last.length === 0) {
      new Notice(t('rename.undo.nothing'));
      return;
    }
    // All or nothing: if any note was edited since, the undo would mix two states.
    for (const change of last) {
      const file = app.vault.getFileByPath(change.path);
      if (!(file instanceof TFile) || (await app.vault.read(file)) !== change.after) {
        new Notice(t('rename.undo.edited', { path: change.path }));
        return;
      }
    }
    for (const change of last) {
      const file = app.vault.getFileByPath(change.path);
      if (file instanceof TFile) await app.vault.process(file, (text) => (text === change.after ? change.before : text));
    }
    new Notice(t('rename.undo.done', { count: last.length }));
    last = [];
  };
}
