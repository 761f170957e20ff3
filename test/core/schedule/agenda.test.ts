import { agendaRows, eventDays, eventTalks, type AgendaRow } from '../../../src/core/schedule/agenda';
import { nowAndNext } from '../../../src/core/schedule/now';
import { expectApproved } from '../../helpers';
import { conferenceDayIndex } from '../conference-day';

const index = conferenceDayIndex();
const devcon = eventTalks(index, 'DevCon 2026');

const show = (rows: AgendaRow[]): string =>
  rows
    .map((r) =>
      r.type === 'slot'
        ? `${r.time ?? 'no time'}`
        : `  ${r.state === 'now' ? '▶' : r.state === 'next' ? '›' : ' '} ${[r.time && r.end ? `${r.time}–${r.end}` : r.time ?? '', r.track || '(all)', r.title, r.speakers.join(', '), r.status ?? ''].join(' | ')}`,
    )
    .join('\n');

test('the agenda of each DevCon day at Seoul 10:15, and of WebConf at LA 09:20 (approved)', () => {
  const seoul = Date.parse('2026-11-24T01:15:00Z');
  const la = Date.parse('2026-11-24T17:20:00Z');
  const webconf = eventTalks(index, 'WebConf 2026');
  const days = eventDays(index.catalog.events.get('DevCon 2026'), devcon);
  const text = [
    ...days.map((day) => `# DevCon 2026 ${day}\n${show(agendaRows(devcon, day, nowAndNext(devcon, seoul)))}`),
    `# WebConf 2026 2026-11-24\n${show(agendaRows(webconf, '2026-11-24', nowAndNext(webconf, la)))}`,
  ].join('\n\n');
  expectApproved('agenda-days.txt', `${text}\n`);
});

test('a day with a talk dated outside the event still has its day; a talk with only a day gets its date', () => {
  expect(eventDays(index.catalog.events.get('DevCon 2026'), devcon)).toEqual(['2026-11-24', '2026-11-25']);
  expect(devcon.find((t) => t.title === 'Day two opener')?.date).toEqual('2026-11-25');
  expect(eventDays(undefined, [{ ...devcon[0], date: '2026-12-01' }])).toEqual(['2026-12-01']);
});

test('the night talk ends after midnight, a talk without end before a long break lasts 40 minutes', () => {
  const finish = (title: string): number => {
    const t = devcon.find((x) => x.title === title)!;
    return t.finish! - t.start!;
  };
  expect([finish('Hack night'), finish('이상거래 탐지'), finish('검색 랭킹 개선기'), finish('LLM serving')]).toEqual([60, 40, 40, 40]);
});
