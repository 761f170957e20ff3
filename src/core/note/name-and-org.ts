/**
 * `speakers: William Morgan, Buoyant`: a speaker and their company written as
 * one string, as conference programmes print them. Read as two speakers, the
 * company would become a person in every listing, so such a value is read as
 * one speaker (and the company as `org`) and reported with the fix.
 *
 * Conservative on purpose, since `전상현, 김광섭` and `Oliver Gould, William
 * Morgan` are two speakers. Exactly two parts, and the second one is
 * - the note's own `org`, or
 * - a company by its form: `Inc.`, `Corp`, `GmbH`, `Labs`, `주식회사`, `(주)` …, or
 * - (only when the note has no `org`) one capitalised Latin word or acronym
 *   after a full Latin name of two to four words: `William Morgan, Buoyant`.
 * Korean names and companies look alike, so Korean needs the first two rules
 * (or lint's check against the vault's known organisations).
 */
import { foldKey } from '../text/normalize';

export interface NameAndOrg {
  name: string;
  org: string;
}

const COMPANY = /(?:^|[\s,])(?:inc\.?|incorporated|corp\.?|corporation|ltd\.?|limited|llc|l\.l\.c\.|gmbh|ag|s\.a\.|b\.v\.|co\.|company|labs?|technologies|software|group|holdings|studios?|foundation|university|institute)$/i;
const COMPANY_KO = /^(?:주식회사|\(주\)|㈜)|(?:주식회사|\(주\)|㈜|코리아|랩스|연구소)$/;
/** One word of a Latin full name: `William`, `O'Neil`, `Jean-Luc`; `van`, `de` … in between. */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'’.-]*\p{Ll}[\p{Ll}'’.-]*$/u;
const PARTICLE = /^(?:van|von|de|der|den|da|del|di|du|la|le|bin|al)$/;
const ONE_WORD_ORG = /^(?:\p{Lu}[\p{L}\d&.+-]*|\d+\p{L}[\p{L}\d&.+-]*)$/u;

export function nameAndOrg(value: string, org: string | undefined): NameAndOrg | null {
  if (value.includes('[[')) return null;
  const parts = value.split(/[,、]/).map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => p === '')) return null;
  const [name, company] = parts;
  if (org !== undefined && foldKey(org) === foldKey(company)) return { name, org: company };
  if (COMPANY.test(company) || COMPANY_KO.test(company)) return { name, org: company };
  if (org === undefined && isLatinFullName(name) && !company.includes(' ') && ONE_WORD_ORG.test(company)) return { name, org: company };
  return null;
}

function isLatinFullName(text: string): boolean {
  const words = text.split(/\s+/);
  const named = words.filter((w) => NAME_WORD.test(w));
  return words.length >= 2 && words.length <= 4 && named.length >= 2 && words.every((w) => NAME_WORD.test(w) || PARTICLE.test(w)) && NAME_WORD.test(words[0]);
}
