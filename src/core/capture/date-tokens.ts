/**
 * `{{date:YYYY-MM-DD}}` as the core Templates plugin writes it (moment.js
 * tokens), formatted with date-fns: tokens are translated, `[text]` is literal.
 */
import { format } from 'date-fns';

const TOKENS: [string, string][] = [
  ['YYYY', 'yyyy'],
  ['YY', 'yy'],
  ['MMMM', 'MMMM'],
  ['MMM', 'MMM'],
  ['MM', 'MM'],
  ['M', 'M'],
  ['DDDD', 'DDD'],
  ['DD', 'dd'],
  ['Do', 'do'],
  ['D', 'd'],
  ['dddd', 'EEEE'],
  ['ddd', 'EEE'],
  ['d', 'i'],
  ['HH', 'HH'],
  ['H', 'H'],
  ['hh', 'hh'],
  ['h', 'h'],
  ['mm', 'mm'],
  ['m', 'm'],
  ['ss', 'ss'],
  ['s', 's'],
  ['A', 'a'],
  ['a', 'aaa'],
  ['Z', 'xxx'],
  ['X', 't'],
];

/** A moment.js format string in date-fns terms. */
export function momentToDateFns(pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    if (pattern[i] === '[') {
      const end = pattern.indexOf(']', i);
      const literal = end === -1 ? pattern.slice(i + 1) : pattern.slice(i + 1, end);
      // `''` would be date-fns' escaped quote, so an empty literal adds nothing.
      if (literal !== '') out += `'${literal.replace(/'/g, "''")}'`;
      i = end === -1 ? pattern.length : end + 1;
      continue;
    }
    const token = TOKENS.find(([m]) => pattern.startsWith(m, i));
    if (token) {
      out += token[1];
      i += token[0].length;
    } else {
      const ch = pattern[i];
      out += /[A-Za-z]/.test(ch) ? `'${ch}'` : ch === "'" ? "''" : ch;
      i++;
    }
  }
  return out;
}

export function formatMoment(date: Date, pattern: string): string {
  const translated = momentToDateFns(pattern);
  // date-fns throws on an empty pattern, which has nothing to print.
  return translated === '' ? '' : format(date, translated);
}
