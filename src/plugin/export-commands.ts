/** Export commands: this session, this event day, a whole event, a trip report, a topic page. Each opens the preview first. */
import { type Plugin } from 'obsidian';
import type { Selection } from '../core/export/compose';
import { topicLabel } from '../core/index/listings';
import { topicTree } from '../core/index/topic-tree';
import type { SessionRecord } from '../core/index/session-record';
import { ExportModal } from './export-modal';
import type { IndexService } from './index-service';
import { PickModal } from './pick-modal';
import type { PluginSettings } from './settings';
import { uiLanguage, uiText } from './language';

export function registerExport(plugin: Plugin, service: IndexService, settings: () => PluginSettings): void {
  const t = uiText();
  const app = plugin.app;
  const open = (selection: Selection): void => new ExportModal(app, service, settings(), selection).open();
  const active = (): SessionRecord | undefined => {
    const path = app.workspace.getActiveFile()?.path;
    return path === undefined ? undefined : service.index.session(path);
  };
  /** The event of the note in front (a session's event, or the event note itself). */
  const activeEvent = (): string | undefined => {
    const path = app.workspace.getActiveFile()?.path;
    const note = path === undefined ? undefined : service.index.note(path);
    return note?.kind === 'event' ? note.id : active()?.event;
  };
  const pickEvent = (then: (event: string) => void): void => {
    const events = [...service.index.catalog.events.values()].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
    new PickModal(app, t('export.pickEvent'), events.map((e) => ({ label: e.title, detail: e.start, value: e.id })), then).open();
  };

  plugin.addCommand({
    id: 'export-session',
    name: t('command.exportSession'),
    checkCallback: (checking) => {
      const s = active();
      if (!s) return false;
      if (!checking) open({ kind: 'session', path: s.path });
      return true;
    },
  });
  plugin.addCommand({
    id: 'export-event-day',
    name: t('command.exportDay'),
    callback: () => {
      const withDay = (event: string, day?: number): void => {
        if (day !== undefined) return open({ kind: 'day', event, day });
        const days = [...new Set(service.index.sessionsOfEvent(event).map((s) => s.day).filter((d): d is number => d !== undefined))].sort((a, b) => a - b);
        if (days.length === 1) return open({ kind: 'day', event, day: days[0] });
        new PickModal(app, t('export.pickDay'), days.map((d) => ({ label: t('view.day', { day: d }), value: String(d) })), (d) => open({ kind: 'day', event, day: Number(d) })).open();
      };
      const s = active();
      const event = activeEvent();
      if (event !== undefined) withDay(event, s?.day);
      else pickEvent((e) => withDay(e));
    },
  });
  plugin.addCommand({
    id: 'export-event',
    name: t('command.exportEvent'),
    callback: () => pickEvent((event) => open({ kind: 'event', event })),
  });
  plugin.addCommand({
    id: 'export-trip-report',
    name: t('command.exportTrip'),
    callback: () => pickEvent((event) => open({ kind: 'trip', event })),
  });
  plugin.addCommand({
    id: 'export-topic',
    name: t('command.exportTopic'),
    callback: () => {
      // Broader topics too, counting their narrower topics' talks: the post takes those.
      const topics = [...topicTree(service.index).nodes.values()].sort((a, b) => b.all.size - a.all.size);
      const lang = uiLanguage();
      new PickModal(app, t('export.pickTopic'), topics.map((tp) => ({ label: topicLabel(service.index, tp.id, lang), detail: String(tp.all.size), value: tp.id, also: [topicLabel(service.index, tp.id, 'en')] })), (topic) => open({ kind: 'topic', topic })).open();
    },
  });
}
