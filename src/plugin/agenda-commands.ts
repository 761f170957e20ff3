/**
 * The conference day: the agenda pane, "Open the talk happening now" and
 * "Open the next talk" (by the clock in each event's time zone; among
 * parallel talks yours, else a pick), the optional notice before a planned
 * talk, and the programme base of an event. No default hotkeys.
 */
import { Notice, type App, type Plugin } from 'obsidian';
import type { Talk } from '../core/schedule/agenda';
import { eventOfNote, speakerName } from '../core/index/listings';
import { dueReminders, nowAndNext, talksOn } from '../core/schedule/now';
import type { CoreSettings } from '../core/note/settings';
import { AGENDA_VIEW, AgendaView } from './agenda-view';
import { clock } from './clock';
import type { IndexService } from './index-service';
import { openPath } from './open-note';
import { PickModal } from './pick-modal';
import { writeProgrammeBase } from './programme-base-writer';
import { registerTimetable } from './timetable-view';
import { revealView } from './view-lookup';
import { uiText } from './language';

/** How often the notice looks at the clock; a reminder is due for minutes, so it is never missed. */
const NOTICE_CHECK_MS = 30_000;

export function openAgenda(app: App): Promise<AgendaView | null> {
  return revealView(app, AGENDA_VIEW, AgendaView);
}

/** Opens the one talk, or asks which when there are several. */
function openOneOf(app: App, talks: Talk[], title: string, none: string): void {
  if (talks.length === 0) {
    new Notice(none);
    return;
  }
  if (talks.length === 1) {
    void openPath(app, talks[0].path, false);
    return;
  }
  const items = talks.map((t) => ({ label: t.title, detail: [t.time, t.track, t.event].filter((x) => x).join(' · '), value: t.path }));
  new PickModal(app, title, items, (path) => void openPath(app, path, false)).open();
}

export function registerAgenda(plugin: Plugin, service: IndexService, settings: () => CoreSettings): void {
  const t = uiText();
  const app = plugin.app;
  const talks = (): Talk[] => talksOn(service.index, clock.now(), (k) => speakerName(service.index, k));
  plugin.registerView(AGENDA_VIEW, (leaf) => new AgendaView(leaf, service, settings));
  plugin.addCommand({ id: 'open-agenda', name: t('command.openAgenda'), callback: () => void openAgenda(app) });
  plugin.addCommand({ id: 'open-talk-now', name: t('command.talkNow'), callback: () => openOneOf(app, nowAndNext(talks(), clock.now()).now, t('pick.talkNow'), t('notice.nothingNow')) });
  plugin.addCommand({ id: 'open-next-talk', name: t('command.nextTalk'), callback: () => openOneOf(app, nowAndNext(talks(), clock.now()).next, t('pick.nextTalk'), t('notice.nothingNext')) });
  const timetable = registerTimetable(plugin, settings);
  plugin.addCommand({
    id: 'create-programme-base',
    name: t('command.programmeBase'),
    checkCallback: (checking) => {
      const path = app.workspace.getActiveFile()?.path;
      if (path === undefined) return false;
      const { index } = service;
      const eventId = eventOfNote(index, path);
      const event = eventId === null ? undefined : index.catalog.events.get(eventId);
      if (!event) return false;
      if (!checking) void writeProgrammeBase(app, event, settings(), timetable);
      return true;
    },
  });

  // Each talk is announced once per start time: a moved talk may be announced again.
  const announced = new Set<string>();
  plugin.registerInterval(
    window.setInterval(() => {
      const s = settings();
      if (!s.agendaNotice) return;
      for (const talk of dueReminders(talks(), clock.now(), s.agendaNoticeMinutes)) {
        const key = `${talk.path}@${talk.start ?? ''}`;
        if (announced.has(key)) continue;
        announced.add(key);
        new Notice(t('notice.talkSoon', { title: talk.title, time: talk.time ?? '', where: talk.track || talk.event }));
      }
    }, NOTICE_CHECK_MS),
  );
}
