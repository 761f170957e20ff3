/**
 * One note's rename: the `topics:`/`speakers:` items that name the source and the
 * `#topic/…` (`#speaker/…`) tags, in front matter and body, are rewritten; every
 * other byte stays. On a merge, an item that would repeat the destination is dropped.
 */
import { parseRef, type Ref } from '../note/values';
import { frontMatterLines, listItems, type ItemSpan } from './list-items';

export interface RenameRule {
  /** The list property (`topics` or `speakers`, as the settings name it). */
  property: string;
  /** The tag head without `#` or `/` (`topic`, `speaker`). */
  tagPrefix: string;
  /** Does a written value (a plain name or a link) name the source? */
  isSource(ref: Ref): boolean;
  /** Does it name the destination? (A merge drops a source item next to one.) */
  isDestination(ref: Ref): boolean;
  /** The name to write. */
  to: string;
}

export interface NoteRename {
  text: string;
  /** What changed, one line each: `topics: Istio → Service mesh`. */
  changes: string[];
}

interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** Plain YAML text when it reads back as itself, else a double-quoted string. */
function yamlScalar(text: string, flow: boolean): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#]*$/u.test(text) && !/:(\s|$)|\s$/.test(text) && !(flow && /[,[\]{}]/.test(text));
  return plain ? text : JSON.stringify(text);
}

function itemText(item: ItemSpan, to: string, flow: boolean): string {
  const ref = parseRef(item.value);
  const value = ref?.target !== undefined ? `[[${to}]]` : to;
  if (item.quote === "'") return `'${value.replace(/'/g, "''")}'`;
  if (item.quote === '"') return JSON.stringify(value);
  // An unquoted `[[x]]` is read as a link by every reader of this vault (YAML sees a nested list); keep it unquoted.
  return ref?.target !== undefined && !/[[\]|#^]/.test(to) ? value : yamlScalar(value, flow);
}

/** Removes item `i` of a flow list with the comma that joins it to a neighbour. */
function dropFlowItem(items: ItemSpan[], i: number): Edit {
  if (i > 0) return { start: items[i - 1].end, end: items[i].end, insert: '' };
  if (items.length > 1) return { start: items[0].start, end: items[1].start, insert: '' };
  return { start: items[0].start, end: items[0].end, insert: '' };
}

function listEdits(text: string, rule: RenameRule, changes: string[]): Edit[] {
  const list = listItems(text, rule.property);
  if (!list) return [];
  const refs = list.items.map((item) => parseRef(item.value));
  const hasDestination = refs.some((r) => r !== null && rule.isDestination(r) && !rule.isSource(r));
  const edits: Edit[] = [];
  let kept = hasDestination;
  list.items.forEach((item, i) => {
    const ref = refs[i];
    if (ref === null || !rule.isSource(ref)) return;
    if (kept) {
      // The destination is already in the list: this item would repeat it.
      edits.push(list.form === 'block' ? { start: item.line!.start, end: item.line!.end, insert: '' } : dropFlowItem(list.items, i));
      changes.push(`${rule.property}: ${item.value} removed (already ${rule.to})`);
      return;
    }
    kept = true;
    const insert = itemText(item, rule.to, list.form === 'flow');
    edits.push({ start: item.start, end: item.end, insert });
    changes.push(`${rule.property}: ${item.value} → ${rule.to}`);
  });
  return edits;
}

/** Tags cannot hold spaces; the vault's matching reads `-` as a space. */
const tagForm = (name: string): string => name.trim().replace(/\s+/g, '-');

/** `#topic/x` in the body and `topic/x` items of the front matter's `tags:`. */
function tagEdits(text: string, rule: RenameRule, changes: string[]): Edit[] {
  const edits: Edit[] = [];
  const head = rule.tagPrefix.toLowerCase() + '/';
  const rename = (start: number, name: string, shown: string): void => {
    if (!rule.isSource({ text: name })) return;
    edits.push({ start, end: start + name.length, insert: tagForm(rule.to) });
    changes.push(`${shown}${name} → ${shown}${tagForm(rule.to)}`);
  };
  for (const item of listItems(text, 'tags')?.items ?? []) {
    if (item.quote !== '') continue;
    const bare = item.value.replace(/^#/, '');
    if (bare.toLowerCase().startsWith(head) && !/\s/.test(bare)) rename(item.end - (bare.length - head.length), bare.slice(head.length), `#${bare.slice(0, head.length)}`);
  }
  const bodyStart = frontMatterLines(text)?.body ?? 0;
  let fenced = false;
  const lineRe = /[^\n]*\n?/gy;
  lineRe.lastIndex = bodyStart;
  for (let m = lineRe.exec(text); m !== null && m[0] !== ''; m = lineRe.exec(text)) {
    const line = m[0];
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || !line.includes('#')) continue;
    // Tags outside inline code: `#topic/x` after a start or a space, up to a space or punctuation that ends tags.
    const code = [...line.matchAll(/`[^`]*`/g)].map((c) => [c.index, c.index + c[0].length]);
    for (const t of line.matchAll(/(^|\s)#([^\s#`,.;:!?()[\]{}"']+)/gu)) {
      const tagStart = t.index + t[1].length + 1;
      if (code.some(([a, b]) => tagStart > a && tagStart < b)) continue;
      const tag = t[2];
      if (tag.toLowerCase().startsWith(head) && tag.length > head.length) rename(m.index + tagStart + head.length, tag.slice(head.length), `#${tag.slice(0, head.length)}`);
    }
  }
  return edits;
}

/** The note with the rule applied, and what changed; the same text when nothing did. */
export function renameInNote(text: string, rule: RenameRule): NoteRename {
  const changes: string[] = [];
  const edits = [...listEdits(text, rule, changes), ...tagEdits(text, rule, changes)].sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end);
  return { text: out, changes };
}
