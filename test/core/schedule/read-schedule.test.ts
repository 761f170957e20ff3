import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat, readSchedule } from '../../../src/core/schedule/read-schedule';
import { ScheduleError, type ScheduleFormat } from '../../../src/core/schedule/programme';
import { expectApproved } from '../../helpers';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'schedules');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

const CASES: [string, ScheduleFormat][] = [
  ['frab.json', 'frab-json'],
  ['frab.xml', 'frab-xml'],
  ['sessionize.json', 'sessionize'],
  ['programme.ics', 'ical'],
  ['programme-ko.csv', 'csv'],
  ['programme.tsv', 'csv'],
];

describe.each(CASES)('%s', (file, format) => {
  test(`is detected as ${format}`, () => {
    expect(detectFormat(read(file))).toBe(format);
  });

  test('reads to the approved programme (fallback zone Asia/Seoul)', () => {
    const programme = readSchedule(read(file), { fallbackZone: 'Asia/Seoul' });
    expect(programme.format).toBe(format);
    expectApproved(`schedule-${file.replace(/\./g, '-')}.json`, `${JSON.stringify(programme, null, 2)}\n`);
  });
});

test.each([
  ['frab JSON: 2024-08-29T23:30Z is 08:30 the next day in Seoul', 'frab.json', 'Opening keynote: rivers of data', { date: '2024-08-30', start: '08:30', end: '09:15', day: 1 }],
  ['frab JSON: a Z time on day 2', 'frab.json', 'Closing: what we learned', { date: '2024-08-31', start: '13:00', end: '13:30', day: 2 }],
  ['iCal: UTC across midnight', 'programme.ics', 'Early bird: 서버리스 비용 최적화', { date: '2024-09-06', start: '08:30', end: '09:15', day: 2 }],
  ['iCal: TZID of a VTIMEZONE only the file defines', 'programme.ics', 'Kubernetes upgrades without fear', { date: '2024-09-06', start: '14:00', end: '14:30' }],
  ['iCal: folded, escaped, speakers from the description', 'programme.ics', 'Observability, logs; and traces', { speakers: ['Jung Ara', 'Tom Lee'], abstract: 'How one team cut alert noise by half with structured logs.\nSecond line of the abstract.' }],
  ['CSV: quoted commas and Korean headers', 'programme-ko.csv', 'GraphQL, REST, 그리고 gRPC', { speakers: ['김도윤', '한지민'], track: 'A홀', topics: ['API', 'gRPC'], org: '카카오' }],
  ['CSV: a line break inside a quoted title, dotted date', 'programme-ko.csv', '여러 줄\n제목이 아닌 발표', { date: '2024-10-17', start: '11:00' }],
  ['TSV: a quoted title and ; between speakers', 'programme.tsv', 'Quoted, title', { uid: 'pc-3', day: 2, speakers: ['Luis Gomez', 'Anna Berg'] }],
] as const)('%s', (_name, file, title, expected) => {
  const talk = readSchedule(read(file), { fallbackZone: 'Asia/Seoul' }).talks.find((t) => t.title === title);
  expect(talk).toMatchObject(expected);
});

test('a zone given by the file wins over the fallback; a floating CSV keeps its wall times', () => {
  expect(readSchedule(read('frab.json'), { fallbackZone: 'Europe/Berlin' }).talks[0]).toMatchObject({ date: '2024-08-30', start: '08:30' });
  expect(readSchedule(read('programme.tsv'), { fallbackZone: 'Europe/Berlin' }).talks[0]).toMatchObject({ date: '2025-06-12', start: '09:30' });
});

test.each([
  ['{"neither": 1}', undefined, 'unknown schedule format'],
  ['<html></html>', undefined, 'unknown schedule format'],
  ['{"schedule": {}}', 'frab-json', 'schedule.conference.days is missing'],
  ['not json', 'sessionize', 'not readable as JSON'],
  ['<schedule><day>', 'frab-xml', 'not readable as XML'],
  ['<schedule><conference/></schedule>', undefined, 'schedule/day is missing'],
  ['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n', 'ical', 'not readable as iCalendar'],
  ['speaker,room\nA,B\n', 'csv', 'no title column'],
  ['{"schedule": {"conference": {"time_zone_name": "Mars/Olympus", "days": []}}}', undefined, 'unknown time zone "Mars/Olympus"'],
] as const)('bad input %s is one clear error', (source, format, message) => {
  expect(() => readSchedule(source, { format })).toThrow(ScheduleError);
  expect(() => readSchedule(source, { format })).toThrow(message);
});

test('iCal: an end given as DURATION, a floating time kept as written, an all-day item without times', () => {
  const ics = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN',
    'BEGIN:VEVENT', 'UID:d1', 'DTSTART:20250301T233000', 'DURATION:PT1H15M', 'SUMMARY:Late talk', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:d2', 'DTSTART;VALUE=DATE:20250302', 'SUMMARY:Hackathon day', 'END:VEVENT',
    'END:VCALENDAR', '',
  ].join('\r\n');
  const talks = readSchedule(ics, { fallbackZone: 'Europe/Berlin' }).talks;
  expect(talks.map(({ uid, date, start, end, day }) => ({ uid, date, start, end, day }))).toEqual([
    { uid: 'd1', date: '2025-03-01', start: '23:30', end: '00:45', day: 1 },
    { uid: 'd2', date: '2025-03-02', start: undefined, end: undefined, day: 2 },
  ]);
});
