import { elapsedSeconds, formatStamp, stampEdit, stampSeconds, talkStart } from '../../../src/core/capture/timestamp';

describe('elapsed time since the talk started, on the event\'s clocks', () => {
  // `now` is an instant; the talk's date and time are wall-clock times in its zone.
  test.each([
    { name: 'Seoul talk, laptop anywhere', date: '2019-08-30', time: '13:00', zone: 'Asia/Seoul', now: '2019-08-30T04:12:34Z', stamp: '[12:34]' },
    { name: 'an hour and more', date: '2019-08-30', time: '13:00', zone: 'Asia/Seoul', now: '2019-08-30T05:02:03Z', stamp: '[1:02:03]' },
    { name: 'UTC date differs from Seoul date', date: '2019-08-30', time: '08:30', zone: 'Asia/Seoul', now: '2019-08-29T23:45:00Z', stamp: '[15:00]' },
    { name: 'late talk across local midnight', date: '2024-03-01', time: '23:50', zone: 'America/New_York', now: '2024-03-02T05:05:00Z', stamp: '[15:00]' },
    { name: 'San Francisco in daylight time', date: '2024-07-10', time: '09:00', zone: 'America/Los_Angeles', now: '2024-07-10T16:00:59Z', stamp: '[00:59]' },
    { name: 'Berlin across the autumn clock change', date: '2024-10-27', time: '01:30', zone: 'Europe/Berlin', now: '2024-10-27T01:30:00Z', stamp: '[2:00:00]' },
    { name: 'India half-hour offset', date: '2024-02-01', time: '10:00', zone: 'Asia/Kolkata', now: '2024-02-01T04:31:00Z', stamp: '[01:00]' },
    { name: 'the very start', date: '2019-08-30', time: '13:00', zone: 'Asia/Seoul', now: '2019-08-30T04:00:00Z', stamp: '[00:00]' },
  ])('$name', ({ date, time, zone, now, stamp }) => {
    const start = talkStart({ date, time, zone });
    expect(start).toBeDefined();
    expect(formatStamp(elapsedSeconds(start!, Date.parse(now)))).toBe(stamp);
  });

  test.each([
    { name: 'a minute early', date: '2019-08-30', time: '13:00', zone: 'Asia/Seoul', now: '2019-08-30T03:59:00Z' },
    { name: 'the day before in the zone, the same day in UTC', date: '2019-08-30', time: '00:10', zone: 'Asia/Seoul', now: '2019-08-29T15:00:00Z' },
  ])('before the start: a negative time, never a stamp ($name)', ({ date, time, zone, now }) => {
    expect(elapsedSeconds(talkStart({ date, time, zone })!, Date.parse(now))).toBeLessThan(0);
  });

  test('the timer wins over the programme', () => {
    const start = talkStart({ date: '2019-08-30', time: '13:00', zone: 'Asia/Seoul', timer: '2019-08-30T04:10:00.000Z' });
    expect(formatStamp(elapsedSeconds(start!, Date.parse('2019-08-30T04:12:34Z')))).toBe('[02:34]');
  });

  test.each([
    [{}, 'nothing'],
    [{ date: '2019-08-30' }, 'a date without a time'],
    [{ time: '13:00' }, 'a time without a date'],
    [{ date: '30.08.2019', time: '13:00' }, 'a date in another shape'],
    [{ timer: 'soon', date: '2019-08-30' }, 'a timer that is no instant and no time'],
  ])('no start from %j (%s)', (start, _why) => {
    expect(talkStart(start)).toBeUndefined();
  });

  test('an unknown zone falls back to the device clock rather than failing', () => {
    expect(talkStart({ date: '2019-08-30', time: '13:00', zone: 'Mars/Olympus' })).toBe(new Date(2019, 7, 30, 13, 0).getTime());
  });
});

test.each([
  [0, '[00:00]'],
  [59, '[00:59]'],
  [754, '[12:34]'],
  [3599, '[59:59]'],
  [3600, '[1:00:00]'],
  [36_000 + 61, '[10:01:01]'],
])('%d s is written %s, and read back', (seconds, stamp) => {
  expect(formatStamp(seconds)).toBe(stamp);
  expect(stampSeconds(stamp)).toBe(seconds);
});

test.each(['[12:60]', '[1:60:00]', '12', '[ab:cd]', ''])('%j is no stamp', (text) => {
  expect(stampSeconds(text)).toBeUndefined();
});

describe('where a stamp goes in the line', () => {
  test.each([
    ['- 모델 경량화', '- [12:34] 모델 경량화'],
    ['* point', '* [12:34] point'],
    ['  - nested', '  - [12:34] nested'],
    ['1. first', '1. [12:34] first'],
    ['- [ ] todo', '- [ ] [12:34] todo'],
    ['- [x] done', '- [x] [12:34] done'],
    ['> - quoted', '> - [12:34] quoted'],
    ['plain text line', '[12:34] plain text line'],
    ['', '[12:34] '],
    ['- ', '- [12:34] '],
    ['- [01:00] restamped', '- [12:34] restamped'],
    ['- [1:01:00] restamped', '- [12:34] restamped'],
  ])('%j → %j', (line, expected) => {
    const e = stampEdit(line, '[12:34]');
    expect(line.slice(0, e.from) + e.text + line.slice(e.to)).toBe(expected);
  });
});
