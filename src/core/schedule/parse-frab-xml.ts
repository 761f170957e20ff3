/** frab XML: `schedule/conference`, `day[@index,@date]/room[@name]/event[@guid,@id]`. */
import { XMLParser } from 'fast-xml-parser';
import { frabTalk } from './frab-shared';
import { checkTimeZone } from './local-time';
import { ScheduleError, text, type Programme, type Talk } from './programme';

type Node = Record<string, unknown>;

const LISTS = new Set(['day', 'room', 'event', 'person', 'link']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  // Entities stay as written except the XML ones: no expansion of a DOCTYPE's own.
  processEntities: true,
  isArray: (name) => LISTS.has(name),
});

const node = (v: unknown): Node => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
/** An element's text, whether or not it has attributes. */
const body = (v: unknown): string | undefined => text(typeof v === 'object' && v !== null ? (v as Node)['#text'] : v);

export function parseFrabXml(xml: string, fallbackZone?: string): Programme {
  let doc: Node;
  try {
    doc = node(parser.parse(xml, true));
  } catch (e) {
    throw new ScheduleError(`not readable as XML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const schedule = node(doc.schedule);
  if (!('day' in schedule)) throw new ScheduleError('not a frab schedule: schedule/day is missing');
  const conf = node(schedule.conference);
  const named = body(conf.time_zone_name);
  const zone = named === undefined ? fallbackZone : checkTimeZone(named);
  const days = list(schedule.day).map(node);
  const firstDay = body(conf.start)?.slice(0, 10) ?? text(days[0]?.['@date']);
  const talks: Talk[] = [];
  for (const day of days) {
    for (const room of list(day.room).map(node)) {
      for (const e of list(room.event).map(node)) {
        talks.push(
          frabTalk(
            {
              guid: text(e['@guid']),
              id: text(e['@id']),
              date: body(e.date),
              dayDate: text(day['@date']),
              dayIndex: Number(day['@index']) || undefined,
              start: body(e.start),
              duration: body(e.duration),
              room: body(e.room) ?? text(room['@name']),
              title: body(e.title),
              subtitle: body(e.subtitle),
              track: body(e.track),
              type: body(e.type),
              language: body(e.language),
              abstract: body(e.abstract),
              description: body(e.description),
              url: body(e.url),
              persons: list(node(e.persons).person).map((p) => body(p) ?? '').filter((n) => n !== ''),
              links: list(node(e.links).link).map((l) => ({ url: text(node(l)['@href']), title: body(l) })),
            },
            zone,
            firstDay,
          ),
        );
      }
    }
  }
  return {
    format: 'frab-xml',
    conference: { title: body(conf.title), acronym: body(conf.acronym), start: firstDay, end: body(conf.end)?.slice(0, 10), timeZone: zone, venue: body(conf.venue), url: body(conf.url) },
    talks,
  };
}
