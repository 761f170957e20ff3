import { eventTalks } from '../../../src/core/schedule/agenda';
import { defaultAgenda, dueReminders, eventsOn, nowAndNext, talksOn } from '../../../src/core/schedule/now';
import { localTime } from '../../../src/core/text/zoned-time';
import { md, note } from '../../helpers';
import { conferenceDayIndex } from '../conference-day';

const index = conferenceDayIndex();
const at = (iso: string): number => Date.parse(iso);
const titles = (talks: { title: string }[]): string[] => talks.map((t) => t.title).sort();

test.each([
  ['2026-11-24T01:15:00Z', 'Asia/Seoul', '2026-11-24', 10 * 60 + 15],
  ['2026-11-24T15:10:00Z', 'Asia/Seoul', '2026-11-25', 10],
  ['2026-11-24T17:20:00Z', 'America/Los_Angeles', '2026-11-24', 9 * 60 + 20],
  ['2026-11-24T07:59:00Z', 'America/Los_Angeles', '2026-11-23', 23 * 60 + 59],
  ['2026-03-08T10:30:00Z', 'America/Los_Angeles', '2026-03-08', 3 * 60 + 30],
])('%s in %s is %s, minute %i', (iso, zone, date, minutes) => {
  expect(localTime(at(iso), zone)).toEqual({ date, minutes });
});

// Seoul is UTC+9; Los Angeles is UTC-8 in November.
test.each([
  ['Seoul 10:15: the planned one of two parallel talks', '2026-11-24T01:15:00Z', ['DevCon 2026'], ['Kubernetes at scale'], ['이상거래 탐지']],
  ['Seoul 10:50: a talk without end lasts until the next in its track', '2026-11-24T01:50:00Z', ['DevCon 2026'], ['이상거래 탐지'], ['OCR 엔진']],
  ['Seoul 11:30: before a long break, a talk without end lasts 40 minutes', '2026-11-24T02:30:00Z', ['DevCon 2026'], ['OCR 엔진'], ['LLM serving']],
  ['Seoul 12:00: lunch, nothing on; skipped talks are never next', '2026-11-24T03:00:00Z', ['DevCon 2026'], [], ['LLM serving']],
  ['Seoul 13:39: the last talk of a track lasts 40 minutes', '2026-11-24T04:39:00Z', ['DevCon 2026'], ['LLM serving'], ['Hack night']],
  ['Seoul 13:41: the cancelled talk is not next', '2026-11-24T04:41:00Z', ['DevCon 2026'], [], ['Hack night']],
  ['Seoul 00:10: the night talk runs across midnight; LA is on too and starts sooner', '2026-11-24T15:10:00Z', ['DevCon 2026', 'WebConf 2026'], ['Hack night'], ['Edge functions', 'Modern CSS']],
  ['LA 09:20: two parallel talks, none planned, both asked about', '2026-11-24T17:20:00Z', ['DevCon 2026', 'WebConf 2026'], ['Edge functions', 'Modern CSS'], ['Day two opener']],
  ['LA 23:59 the day before: only Seoul is on', '2026-11-24T07:59:00Z', ['DevCon 2026'], [], ['Hack night']],
  ['a week later: no event on', '2026-12-01T00:00:00Z', [], [], []],
])('%s', (_name, iso, on, now, next) => {
  expect(eventsOn(index, at(iso))).toEqual(on);
  const result = nowAndNext(talksOn(index, at(iso)), at(iso));
  expect({ now: titles(result.now), next: titles(result.next) }).toEqual({ now, next });
});

test('your next talk wins over nearer talks you have not planned', () => {
  const talks = eventTalks(index, 'DevCon 2026').map((t) => (t.title === 'LLM serving' ? { ...t, status: 'planned' as const } : t));
  expect(titles(nowAndNext(talks, at('2026-11-24T01:50:00Z')).next)).toEqual(['LLM serving']);
});

test.each([
  ['09:54, six minutes before', '2026-11-24T00:54:00Z', 5, []],
  ['09:55, five minutes before', '2026-11-24T00:55:00Z', 5, ['Kubernetes at scale']],
  ['09:59', '2026-11-24T00:59:00Z', 5, ['Kubernetes at scale']],
  ['10:00, started', '2026-11-24T01:00:00Z', 5, []],
  ['09:45 with fifteen minutes', '2026-11-24T00:45:00Z', 15, ['Kubernetes at scale']],
])('reminders at %s: only planned talks about to start', (_name, iso, minutes, due) => {
  expect(titles(dueReminders(talksOn(index, at(iso)), at(iso), minutes))).toEqual(due);
});

test.each([
  ['while DevCon is on: today', '2026-11-25T01:00:00Z', undefined, { event: 'DevCon 2026', date: '2026-11-25' }],
  ['while both are on, the preferred one', '2026-11-24T17:20:00Z', 'WebConf 2026', { event: 'WebConf 2026', date: '2026-11-24' }],
  ['nothing on: the preferred event, first day', '2027-01-01T00:00:00Z', 'WebConf 2026', { event: 'WebConf 2026', date: '2026-11-24' }],
  ['nothing on, nothing preferred: the latest event', '2027-01-01T00:00:00Z', undefined, { event: 'DevCon 2026', date: '2026-11-24' }],
])('the agenda opens %s', (_name, iso, preferred, expected) => {
  expect(defaultAgenda(index, at(iso), preferred)).toEqual(expected);
});

test('an event whose time zone Intl does not know has a problem, and talks fall back to the device zone', () => {
  const local = conferenceDayIndex();
  local.upsert(note('Conferences/Mars/Mars 2026.md', md({ type: 'event', start: '2026-11-24', tz: 'Mars/Olympus' })));
  expect(local.catalog.events.get('Mars 2026')?.timeZone).toBeUndefined();
  expect(local.noteProblemList()).toContainEqual({ path: 'Conferences/Mars/Mars 2026.md', message: '"tz" should be a time zone like Asia/Seoul, not "Mars/Olympus"' });
});
