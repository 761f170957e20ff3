/**
 * A talk's abstract as a folded callout in the note's body. A re-import
 * replaces the callout's lines in place and nothing else; a note whose
 * callout the user removed keeps it removed.
 */

const HEAD = '> [!abstract]- Abstract';
const HEAD_LINE = /^> ?\[!abstract\][-+]?[^\n]*$/im;

/** The callout for an abstract (subtitle first), every line quoted so no line of it can leave the callout. */
export function abstractCallout(abstract: string | undefined, subtitle?: string): string | undefined {
  const parts = [subtitle === undefined ? undefined : `*${subtitle}*`, abstract].filter((p): p is string => p !== undefined && p.trim() !== '');
  if (parts.length === 0) return undefined;
  const lines = parts.join('\n\n').replace(/\r\n?/g, '\n').trim().split('\n');
  return [HEAD, ...lines.map((l) => (l.trim() === '' ? '>' : `> ${l.trimEnd()}`))].join('\n');
}

/** Where the callout sits in a text: its first line to its last quoted line. */
function findCallout(text: string): { from: number; to: number } | undefined {
  const m = HEAD_LINE.exec(text);
  if (!m) return undefined;
  let to = m.index + m[0].length;
  for (;;) {
    const next = text.indexOf('\n', to);
    if (next < 0) break;
    const lineEnd = text.indexOf('\n', next + 1);
    const line = text.slice(next + 1, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
    if (!line.startsWith('>')) break;
    to = next + 1 + line.length;
  }
  return { from: m.index, to };
}

/** The callout as it stands in a note, or undefined when it has none. */
export function currentCallout(text: string): string | undefined {
  const at = findCallout(text);
  return at && text.slice(at.from, at.to).replace(/\r\n?/g, '\n');
}

/** The text with its callout replaced by `callout`; unchanged when it has no callout. */
export function replaceCallout(text: string, callout: string): string {
  const at = findCallout(text);
  if (!at) return text;
  const crlf = text.slice(at.from, at.to).includes('\r\n');
  return text.slice(0, at.from) + (crlf ? callout.replace(/\n/g, '\r\n') : callout) + text.slice(at.to);
}

/** A body with the callout put after its title block (the first heading and the quoted lines under it), else first. */
export function insertCallout(body: string, callout: string | undefined): string {
  if (callout === undefined) return body;
  const m = /^# [^\n]*\n(?:>[^\n]*\n)*/m.exec(body);
  const at = m ? m.index + m[0].length : 0;
  return `${body.slice(0, at)}\n${callout}\n${at === 0 ? '\n' : ''}${body.slice(at)}`;
}
