/**
 * "Next talk" and "previous talk" at a multi-track conference: only from day
 * and time or `order`, never between parallel talks, never from file names.
 */
import { ConferenceIndex } from '../../../src/core/index/conference-index';
import { related } from '../../../src/core/index/related';
import { adjacentTalks, comparePlace, type Place } from '../../../src/core/index/talk-order';
import { expectApproved } from '../../helpers';
import { event, session } from '../fixtures';

const EVENT = '[[PyCon KR 2024]]';

/** Three tracks over two days, a keynote for every room, and talks that give no order. */
function conference(): ConferenceIndex {
  const talk = (path: string, props: Record<string, unknown>) => session(`PyCon/${path}.md`, { event: EVENT, ...props });
  const index = new ConferenceIndex();
  index.rebuild([
    event('PyCon KR 2024', '2024-10-26', { end: '2024-10-27' }),
    event('Meetup', '2024-01-10'),
    talk('d1 09-00 keynote', { day: 1, time: '09:00' }),
    talk('d1 10-00 A', { day: 1, time: '10:00', track: 'A' }),
    talk('d1 10-00 B', { day: 1, time: '10:00', track: 'B' }),
    talk('d1 10-00 C', { day: 1, time: '10:00', track: 'C' }),
    talk('d1 11-00 A', { day: 1, time: '11:00', track: 'A' }),
    talk('d1 11-00 B', { day: 1, time: '11:00', track: 'B' }),
    talk('d1 13-00 A', { day: 1, time: '13:00', track: 'A' }),
    talk('d1 13-00 B lightning 1', { day: 1, time: '13:00', track: 'B', order: 1 }),
    talk('d1 13-00 B lightning 2', { day: 1, time: '13:00', track: 'B', order: 2 }),
    // Written by date, not day: the same second day.
    talk('d2 10-00 A', { date: '2024-10-27', time: '10:00', track: 'A' }),
    talk('d2 10-00 untracked', { date: '2024-10-27', time: '10:00' }),
    talk('d2 10-30 untracked', { date: '2024-10-27', time: '10:30' }),
    talk('d2 11-00 A', { day: 2, time: '11:00', track: 'A' }),
    talk('d2 11-00 B', { day: 2, time: '11:00', track: 'B' }),
    // No order at all: an A, a B and a C by file name only.
    talk('zz no order a', {}),
    talk('zz no order b', {}),
    talk('zz no order c', { track: 'A' }),
    // A time without a day is no order either.
    talk('zz time only 1', { time: '15:00' }),
    talk('zz time only 2', { time: '16:00' }),
    // A one-day meetup ordered by `order` alone.
    session('Meetup/first.md', { event: '[[Meetup]]', order: 1 }),
    session('Meetup/second.md', { event: '[[Meetup]]', order: 2 }),
    session('Meetup/third.md', { event: '[[Meetup]]', order: 3 }),
    session('Meetup/unordered.md', { event: '[[Meetup]]' }),
  ]);
  return index;
}

test('next and previous talk of every talk (approved)', () => {
  const index = conference();
  const neighbours: Record<string, { next: string[]; previous: string[] }> = {};
  for (const s of [...index.sessions()].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const reasons = related(index, s.path, 100).flatMap((r) => r.reasons.map((x) => ({ path: r.session.path, kind: x.kind })));
    const of = (kind: string) => reasons.filter((r) => r.kind === kind).map((r) => r.path).sort();
    neighbours[s.path] = { next: of('next-talk'), previous: of('previous-talk') };
  }
  expectApproved('related-multitrack.json', `${JSON.stringify(neighbours, null, 2)}\n`);
  // The rules the approved file must keep, stated once more in code.
  expect(neighbours['PyCon/d1 10-00 A.md']).toEqual({ next: ['PyCon/d1 11-00 A.md'], previous: ['PyCon/d1 09-00 keynote.md'] });
  expect(neighbours['PyCon/d1 09-00 keynote.md'].next).toEqual(['PyCon/d1 10-00 A.md', 'PyCon/d1 10-00 B.md', 'PyCon/d1 10-00 C.md']);
  expect(neighbours['PyCon/zz no order a.md']).toEqual({ next: [], previous: [] });
  expect(neighbours['PyCon/zz time only 1.md']).toEqual({ next: [], previous: [] });
  expect(neighbours['Meetup/second.md']).toEqual({ next: ['Meetup/third.md'], previous: ['Meetup/first.md'] });
  for (const [path, { next, previous }] of Object.entries(neighbours)) {
    const self = index.session(path)!;
    for (const other of [...next, ...previous].map((p) => index.session(p)!)) {
      // Never a parallel talk: the same day and time in another room.
      expect([path, other.path, other.time === self.time && other.day === self.day && other.order === self.order]).toEqual([path, other.path, false]);
    }
  }
});

describe('comparePlace', () => {
  const at = (extra: Partial<Place>): Place => ({ path: JSON.stringify(extra), ...extra });
  test.each<[string, Partial<Place>, Partial<Place>, number | undefined]>([
    ['earlier time, same day', { day: 1, time: '10:00' }, { day: 1, time: '11:00' }, -1],
    ['later time, same date', { date: '2024-01-01', time: '12:00' }, { date: '2024-01-01', time: '11:00' }, 1],
    ['same time: parallel', { day: 1, time: '10:00' }, { day: 1, time: '10:00' }, undefined],
    ['same time, order says', { day: 1, time: '10:00', order: 2 }, { day: 1, time: '10:00', order: 1 }, 1],
    ['time wins over order', { day: 1, time: '10:00', order: 9 }, { day: 1, time: '11:00', order: 1 }, -1],
    ['other days', { day: 1, time: '10:00' }, { day: 2, time: '11:00' }, undefined],
    ['one day unknown', { day: 1, time: '10:00' }, { time: '11:00' }, undefined],
    ['times without a day', { time: '10:00' }, { time: '11:00' }, undefined],
    ['order without a day', { order: 1 }, { order: 2 }, -1],
    ['order on the same day', { day: 2, order: 3 }, { day: 2, order: 1 }, 2],
    ['nothing', {}, {}, undefined],
  ])('%s', (_, a, b, expected) => {
    expect(comparePlace(at(a), at(b))).toBe(expected);
    expect(comparePlace(at(b), at(a))).toBe(expected === undefined ? undefined : -expected);
  });

  test('adjacent talks of a talk that is not in the programme list', () => {
    const programme = [at({ day: 1, time: '10:00' }), at({ day: 1, time: '11:00' }), at({ day: 1, time: '11:00', track: 'B' })];
    expect(adjacentTalks(programme, at({ day: 1, time: '10:30', track: 'A' }), 1)).toEqual([programme[1]]);
    expect(adjacentTalks(programme, at({ day: 1, time: '10:30' }), 1)).toEqual([programme[1], programme[2]]);
    expect(adjacentTalks(programme, at({ day: 1, time: '10:30' }), -1)).toEqual([programme[0]]);
  });
});
