/**
 * Precomputed search keys (DESIGN.md §4): the keystroke jamo of a folded form
 * (so every IME state of a word is a prefix of the word's jamo, and case,
 * spacing and NFD no longer matter) and its initial consonants (`ㅊㅊ` finds
 * 추천). Latin-only forms share one string for both.
 */
import { isInitialsOnly, toInitials, toJamo } from '../text/hangul';
import { foldKey } from '../text/normalize';

export interface FormKeys {
  jamo: string;
  initials: string;
}

export function formKeys(form: string): FormKeys {
  const fold = foldKey(form);
  const jamo = toJamo(fold);
  const initials = toInitials(fold);
  return { jamo, initials: initials === jamo ? jamo : initials };
}

export interface QueryKeys extends FormKeys {
  /** Only consonants (`ㅇㅅㅌㅈ`): matched against initials too. */
  initialsOnly: boolean;
}

export function queryKeys(query: string): QueryKeys {
  const keys = formKeys(query.replace(/^#/, ''));
  return { ...keys, initialsOnly: isInitialsOnly(keys.jamo) };
}

/** How well one form matches; 0 is no match. */
export const MATCH = { none: 0, fuzzy: 1, initials: 2, inside: 3, prefix: 4, exact: 5 } as const;

export function matchClass(form: FormKeys, q: QueryKeys): number {
  const at = form.jamo.indexOf(q.jamo);
  if (at === 0) return form.jamo.length === q.jamo.length ? MATCH.exact : MATCH.prefix;
  if (at > 0) return MATCH.inside;
  if (q.initialsOnly && form.initials.includes(q.jamo)) return MATCH.initials;
  return MATCH.none;
}
