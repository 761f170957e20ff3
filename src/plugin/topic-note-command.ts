/**
 * "Create topic note": the topics notes use that the vocabulary does not know
 * (what lint calls "unknown topic"), in a picker; the one picked gets a topic
 * note in the topic folder, its spellings as aliases, never over an existing note.
 */
import { Notice, type Plugin } from 'obsidian';
import { buildTopicNote, unknownTopics } from '../core/capture/new-topic';
import { createNote, isFile, openAt } from './create-note';
import type { IndexService } from './index-service';
import { uiText } from './language';
import { PickModal } from './pick-modal';
import type { PluginSettings } from './settings';

export function registerTopicNote(plugin: Plugin, service: IndexService, settings: () => PluginSettings): void {
  const t = uiText();
  const app = plugin.app;
  plugin.addCommand({
    id: 'create-topic-note',
    name: t('command.createTopicNote'),
    callback: () => {
      const topics = unknownTopics(service.index);
      if (topics.length === 0) {
        new Notice(t('topicNote.none'));
        return;
      }
      const items = topics.map((tp) => ({ label: tp.label, detail: [String(tp.count), ...tp.spellings.slice(1)].join(' · '), value: tp.id }));
      new PickModal(app, t('topicNote.pick'), items, (id) => {
        const topic = topics.find((tp) => tp.id === id);
        if (!topic) return;
        const note = buildTopicNote(topic, settings(), (path) => isFile(app, path));
        void createNote(app, note.path, note.text).then((file) => openAt(app, file, null));
      }).open();
    },
  });
}
