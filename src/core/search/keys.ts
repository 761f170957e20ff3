/**
 * Precomputed search keys (DESIGN.md §4): the folded form, its keystroke jamo
 * (so every IME state of a word is a prefix of the word's jamo) and its
 * initial consonants (`ㅊㅊ` finds 추천). Latin-only forms share one string.
 */
import { isInitialsOnly, toInitials, toJamo } from '../hangul';
import { foldKey } from '../normalize';

export interface FormKeys {
  fold: string;
  jamo: string;
  initials: string;
}

export function formKeys(form: string): FormKeys {
  const fold = foldKey(form);
  const jamo = toJamo(fold);
  const initials = toInitials(fold);
  return { fold, jamo: jamo === fold ? fold : jamo, initials: initials === fold ? fold : initials };
}

export interface QueryKeys extends FormKeys {
  /** Only consonants (`ㅇㅅㅌㅈ`): matched against initials too. */
  initialsOnly: boolean;
}

export function queryKeys(query: string): QueryKeys {
  const keys = formKeys(query.replace(/^#/, ''));
  return { ...keys, initialsOnly: isInitialsOnly(keys.fold) };
}

/** How well one form matches; 0 is no match. */
export const MATCH = { none: 0, fuzzy: 1, initials: 2, jamoInside: 2, inside: 3, jamoPrefix: 4, prefix: 5, exact: 6 } as const;

export function matchClass(form: FormKeys, q: QueryKeys): number {
  const at = form.jamo.indexOf(q.jamo);
  if (at !== -1) {
    if (form.fold === q.fold) return MATCH.exact;
    if (form.fold.startsWith(q.fold)) return MATCH.prefix;
    if (at === 0) return MATCH.jamoPrefix;
    return form.fold.includes(q.fold) ? MATCH.inside : MATCH.jamoInside;
  }
  if (q.initialsOnly && form.initials.includes(q.fold)) return MATCH.initials;
  return MATCH.none;
}
