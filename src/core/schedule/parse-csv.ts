/**
 * CSV or TSV with English or Korean headers (`title`/`제목`, `speakers`/`발표자`…);
 * papaparse reads quoted fields with commas and line breaks. Unknown columns are ignored.
 */
import Papa from 'papaparse';
import { clock } from './local-time';
import { distinct, ScheduleError, text, type Programme, type Talk } from './programme';

type Field = keyof Talk | 'topic';

const HEADERS: Record<string, Field> = {};
const names: [Field, string[]][] = [
  ['uid', ['uid', 'id', 'guid', '아이디']],
  ['title', ['title', 'talk', 'session', 'name', '제목', '발표', '세션', '발표 제목', '세션명']],
  ['subtitle', ['subtitle', '부제', '부제목']],
  ['speakers', ['speakers', 'speaker', 'presenter', 'presenters', '발표자', '연사', '스피커']],
  ['date', ['date', '날짜', '일자']],
  ['day', ['day', '일차']],
  ['start', ['start', 'time', 'starts', 'start time', '시작', '시간', '시작 시간']],
  ['end', ['end', 'ends', 'end time', '종료', '종료 시간', '끝']],
  ['track', ['track', 'room', 'stage', 'location', '트랙', '장소', '세션룸', '룸']],
  ['topic', ['topics', 'topic', 'tags', 'tag', 'category', 'categories', '주제', '태그', '분야', '카테고리']],
  ['org', ['org', 'organization', 'organisation', 'company', 'affiliation', '소속', '회사']],
  ['type', ['type', 'kind', '유형', '구분', '종류']],
  ['abstract', ['abstract', 'description', 'summary', '초록', '설명', '요약', '소개']],
  ['url', ['url', 'link', '링크', '주소']],
  ['slides', ['slides', 'slide', 'deck', '발표자료', '슬라이드', '자료']],
  ['video', ['video', 'recording', '영상', '동영상', '녹화']],
  ['language', ['language', 'lang', '언어']],
];
for (const [field, list] of names) for (const name of list) HEADERS[name] = field;

const headerKey = (h: string): string => h.normalize('NFC').replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_]+/g, ' ');

/** `2024-08-30`, `2024.08.30`, `2024/8/30` → 2024-08-30. */
function isoDate(value: string | undefined): string | undefined {
  const m = /^(\d{4})[-./]\s*(\d{1,2})[-./]\s*(\d{1,2})\.?$/.exec(value?.trim() ?? '');
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : undefined;
}

/** `2`, `Day 2`, `2일차` → 2. */
function dayOf(value: string | undefined): number | undefined {
  const m = /(\d+)/.exec(value ?? '');
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

const list = (value: string | undefined): string[] => distinct((value ?? '').split(/\s*(?:[,;/·、\n])\s*/));

export function parseCsv(source: string, fallbackZone?: string): Programme {
  const firstLine = source.split(/\r?\n/, 1)[0];
  const tabs = firstLine.includes('\t');
  const parsed = Papa.parse<Record<string, string>>(source.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', delimiter: tabs ? '\t' : ',', transformHeader: headerKey });
  const fields = parsed.meta.fields ?? [];
  if (!fields.some((f) => HEADERS[f] === 'title')) throw new ScheduleError('not a programme table: no title column (title or 제목) in the first line');
  const talks: Talk[] = parsed.data.map((row) => {
    const get = (field: Field): string | undefined => {
      for (const f of fields) if (HEADERS[f] === field && text(row[f]) !== undefined) return text(row[f]);
      return undefined;
    };
    return {
      uid: get('uid') ?? '',
      title: get('title') ?? '',
      subtitle: get('subtitle'),
      day: dayOf(get('day')),
      date: isoDate(get('date')),
      start: clock(get('start')),
      end: clock(get('end')),
      track: get('track'),
      speakers: list(get('speakers')),
      org: get('org'),
      topics: list(get('topic')),
      type: get('type'),
      abstract: get('abstract'),
      url: get('url'),
      slides: get('slides'),
      video: get('video'),
      language: get('language'),
    };
  });
  return { format: 'csv', conference: { timeZone: fallbackZone }, talks };
}
