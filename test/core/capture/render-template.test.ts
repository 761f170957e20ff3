/** Template dates never fail a new note: odd `{{date:…}}` patterns print something sensible. */
import { formatMoment } from '../../../src/core/capture/date-tokens';
import { renderTemplate } from '../../../src/core/capture/render-template';

const now = new Date(2026, 10, 21, 9, 5);

describe('date placeholders', () => {
  test.each([
    ['{{date}}', '2019-08-30'],
    ['{{date:}}', '2019-08-30'],
    ['{{date: }}', '2019-08-30'],
    ['{{date:YYYY}}', '2019'],
    ['{{date:[}}', ''],
    ['{{date:[]}}', ''],
    ['{{date:[literal]}}', 'literal'],
    ['{{date:Q}}', 'Q'],
    ['{{date:YYYY-MM-DD HH:mm}}', '2019-08-30 00:00'],
  ])('%s → %s', (body, expected) => {
    expect(renderTemplate(body, { title: 't', speakers: [], topics: [], date: '2019-08-30', now }).text).toBe(expected);
  });

  test('without a talk date, today (the clock given) is used', () => {
    expect(renderTemplate('{{date}} {{date:}} {{date:YYYY}}', { title: 't', speakers: [], topics: [], now }).text).toBe('2026-11-21 2026-11-21 2026');
  });

  test('an empty pattern formats to nothing instead of failing', () => {
    expect(formatMoment(now, '')).toBe('');
  });
});
