import fc from 'fast-check';
import { parse } from 'yaml';
import type { EventNote } from '../../../src/core/note/model';
import { baseFileFor, TIMETABLE_VIEW } from '../../../src/core/schedule/programme-base';
import { DEFAULT_SETTINGS, withDefaults } from '../../../src/core/note/settings';
import { expectApproved } from '../../helpers';
import { conferenceDayIndex } from '../conference-day';

const devcon = conferenceDayIndex().catalog.events.get('DevCon 2026')!;

test('the programme base of an event (approved), valid YAML with the programme and topic views', () => {
  const file = baseFileFor(devcon, DEFAULT_SETTINGS);
  expect(file.path).toBe('Conferences/DevCon/2026/DevCon 2026 programme.base');
  expectApproved('programme-devcon-2026.base', file.content);
  const base = parse(file.content) as { views: { type: string; name: string; groupBy?: unknown }[] };
  expect(base.views.map((v) => [v.type, v.name])).toEqual([
    ['table', 'Programme'],
    ['table', 'By topic'],
  ]);
});

test('with the timetable (Obsidian 1.10+) a third view of the plugin type', () => {
  const base = parse(baseFileFor(devcon, DEFAULT_SETTINGS, { timetable: true }).content) as { views: { type: string }[] };
  expect(base.views.map((v) => v.type)).toEqual(['table', 'table', TIMETABLE_VIEW]);
});

test.each([
  ['quotes and backslashes', 'Say "hi" \\ 2026', ['a: b', '#tag']],
  ['Korean and a colon', 'if(kakao) 2019: 판교', ['ifkakao2019']],
  ['a leading dash and brackets', '- [[x]] {y}', []],
])('an event named with %s stays valid YAML and a valid string literal', (_name, eventId, aliases) => {
  const event: EventNote = { ...devcon, id: eventId, path: `Events/${eventId.replace(/[\\/:]/g, ' ')}.md`, aliases };
  const settings = withDefaults({ props: { ...DEFAULT_SETTINGS.props, status: 'my status', event: 'conference "event"' } });
  const file = baseFileFor(event, settings);
  const base = parse(file.content) as { filters: { and: [string, { or: string[] }] } };
  expect(base.filters.and[0]).toBe('note["type"] == "session"');
  const literals = base.filters.and[1].or.map((f) => JSON.parse(/\((".*")\)\)?$/.exec(f)![1]) as string);
  expect(literals).toEqual([eventId, eventId, ...aliases.flatMap((a) => [a, a])]);
  expect(base.filters.and[1].or[0].startsWith('list(note["conference \\"event\\""])')).toBe(true);
  expect(file.path.startsWith('Events/')).toBe(true);
  expect(file.path.slice('Events/'.length)).not.toMatch(/[\\/:]/);
});

test('any event name and property name reads back from the file exactly (property)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ unit: 'binary', minLength: 1 }), (eventId, statusName) => {
      const settings = withDefaults({ props: { ...DEFAULT_SETTINGS.props, status: statusName } });
      const file = baseFileFor({ ...devcon, id: eventId, aliases: [] }, settings);
      const base = parse(file.content) as { filters: { and: [string, { or: string[] }] }; views: { order: string[] }[] };
      expect(base.filters.and[1].or.map((f) => JSON.parse(/\((".*")\)\)?$/s.exec(f)![1]) as string)).toEqual([eventId, eventId]);
      expect(base.views[0].order).toContain(`note.${settings.props.status}`);
    }),
  );
});
