/**
 * Two events on the same dates in zones far apart, for the agenda, "now" and
 * the Bases file: DevCon in Seoul (two days, parallel tracks, a keynote for
 * every room, talks without end, a night talk across midnight, a skipped and a
 * cancelled talk, one without a time) and WebConf in Los Angeles (two parallel
 * talks, none planned).
 */
import { ConferenceIndex } from '../../src/core/index/conference-index';
import { md, note } from '../helpers';

const DEVCON = '[[DevCon 2026]]';
const WEBCONF = '[[WebConf 2026]]';
const talk = (props: Record<string, unknown>, title: string): string => md({ type: 'session', ...props }, `# ${title}\n`);

export const CONFERENCE_DAY_FILES: Record<string, string> = {
  'Conferences/DevCon/2026/DevCon 2026.md': md({ type: 'event', series: 'DevCon', edition: 2026, start: '2026-11-24', end: '2026-11-25', tz: 'Asia/Seoul' }, '# DevCon 2026\n'),
  'Conferences/DevCon/2026/keynote.md': talk({ event: DEVCON, date: '2026-11-24', time: '09:30', end: '10:00', status: 'attended', speakers: ['[[김하나]]'] }, 'Opening keynote'),
  'Conferences/DevCon/2026/search.md': talk({ event: DEVCON, date: '2026-11-24', time: '10:00', track: 'Track 1', speakers: ['[[이두리]]'], topics: ['search'] }, '검색 랭킹 개선기'),
  'Conferences/DevCon/2026/k8s.md': talk({ event: DEVCON, date: '2026-11-24', time: '10:00', end: '10:45', track: 'Track 2', status: 'planned', topics: ['Kubernetes'] }, 'Kubernetes at scale'),
  'Conferences/DevCon/2026/fds.md': talk({ event: DEVCON, date: '2026-11-24', time: '10:40', track: 'Track 1', topics: ['FDS'] }, '이상거래 탐지'),
  'Conferences/DevCon/2026/ocr.md': talk({ event: DEVCON, date: '2026-11-24', time: '11:00', end: '11:40', track: 'Track 2', topics: ['OCR'] }, 'OCR 엔진'),
  'Conferences/DevCon/2026/llm.md': talk({ event: DEVCON, date: '2026-11-24', time: '13:00', track: 'Track 1', topics: ['LLM'] }, 'LLM serving'),
  'Conferences/DevCon/2026/recsys.md': talk({ event: DEVCON, date: '2026-11-24', time: '13:00', end: '13:40', track: 'Track 2', status: 'skipped', topics: ['추천시스템'] }, '추천 시스템'),
  'Conferences/DevCon/2026/withdrawn.md': talk({ event: DEVCON, date: '2026-11-24', time: '14:00', track: 'Track 2', status: 'cancelled' }, 'Withdrawn talk'),
  'Conferences/DevCon/2026/lightning.md': talk({ event: DEVCON, date: '2026-11-24', track: 'Track 1' }, 'Lightning talks'),
  'Conferences/DevCon/2026/night.md': talk({ event: DEVCON, date: '2026-11-24', time: '23:30', end: '00:30', track: 'Track 1' }, 'Hack night'),
  'Conferences/DevCon/2026/day2.md': talk({ event: DEVCON, day: 2, time: '10:00', track: 'Track 1', topics: ['search'] }, 'Day two opener'),
  'Conferences/WebConf/2026/WebConf 2026.md': md({ type: 'event', series: 'WebConf', edition: 2026, start: '2026-11-24', end: '2026-11-24', time_zone: 'America/Los_Angeles' }, '# WebConf 2026\n'),
  'Conferences/WebConf/2026/edge.md': talk({ event: WEBCONF, date: '2026-11-24', time: '09:00', end: '09:50', track: 'Hall A' }, 'Edge functions'),
  'Conferences/WebConf/2026/css.md': talk({ event: WEBCONF, date: '2026-11-24', time: '09:00', end: '09:50', track: 'Hall B' }, 'Modern CSS'),
};

export function conferenceDayIndex(): ConferenceIndex {
  const index = new ConferenceIndex();
  index.rebuild(Object.entries(CONFERENCE_DAY_FILES).map(([path, text]) => note(path, text)));
  return index;
}
