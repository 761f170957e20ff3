/**
 * Colloquial names of well-known conference series (issue 12): people write
 * `파이콘 2024` or `ifkakao` for the event note `PyCon KR 2024` or `if(kakao) 2019`.
 * The names are static, so they only add lookup keys and search forms.
 * Spacing and case never matter (they are folded away), so no alias repeats another's spelling.
 */
import { foldKey } from '../text/normalize';

interface Series {
  /** The series as event notes name it (`series:` or the start of the title). */
  name: string;
  aliases: readonly string[];
}

export const EVENT_SERIES: readonly Series[] = [
  { name: 'PyCon KR', aliases: ['파이콘', '파이콘 한국', '파이콘코리아', 'PyCon Korea'] },
  { name: 'KubeCon', aliases: ['쿠베콘', '큐브콘', '쿠브콘'] },
  { name: 'if(kakao)', aliases: ['ifkakao', '이프카카오'] },
  { name: 'DEVIEW', aliases: ['데뷰', '데브뷰'] },
  { name: 'Droid Knights', aliases: ['드로이드나이츠', '드나'] },
  { name: 'FEConf', aliases: ['피콘', 'FE콘', '에프이콘'] },
  { name: 'NDC', aliases: ['넥슨 개발자 컨퍼런스', '넥슨 개발자 콘퍼런스'] },
  { name: 'AWS Summit', aliases: ['AWS 서밋', '에이더블유에스 서밋'] },
  { name: 'Google I/O', aliases: ['구글 IO', '구글 I/O', 'Google IO'] },
  { name: 'JSConf', aliases: ['제이에스콘프', '제이에스콘'] },
  { name: 'DjangoCon', aliases: ['장고콘'] },
  { name: 'GopherCon', aliases: ['고퍼콘'] },
];

const BY_NAME = new Map(EVENT_SERIES.map((s) => [foldKey(s.name), s]));

/**
 * Every colloquial name of an event: each series alias followed by what the
 * event's id adds to the series name (`PyCon KR 2024` → `파이콘 2024`…).
 * The series is the event's `series`, or the known series its id starts with.
 */
export function seriesAliasForms(event: { id: string; series?: string }): string[] {
  const id = foldKey(event.id);
  const series = event.series !== undefined ? BY_NAME.get(foldKey(event.series)) : [...BY_NAME.entries()].find(([name]) => id.startsWith(name))?.[1];
  if (!series) return [];
  const name = foldKey(series.name);
  // An id that does not start with its series (`2024 파이콘`) gets the bare aliases only.
  const rest = id.startsWith(name) ? id.slice(name.length) : '';
  return series.aliases.map((alias) => (rest === '' ? alias : `${alias} ${rest}`));
}
