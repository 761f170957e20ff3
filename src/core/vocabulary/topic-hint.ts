/**
 * Which known topic an unknown one is a likely misspelling of (DESIGN.md §5 `lint`).
 * Only a truly close spelling counts: the same script, long enough to carry a typo
 * (short acronyms such as REST, CI, SLA are names of their own, never slips of Rust,
 * AI, SRE), and the allowed distance grows with the length.
 */
import { editDistance } from '../text/edit-distance';
import { isSyllable, toJamo } from '../text/hangul';
import { foldKey } from '../text/normalize';

type Script = 'hangul' | 'latin' | 'mixed' | 'other';

function scriptOf(key: string): Script {
  let hangul = false;
  let latin = false;
  for (const ch of key) {
    if (isSyllable(ch)) hangul = true;
    else if (/[a-z]/.test(ch)) latin = true;
  }
  return hangul && latin ? 'mixed' : hangul ? 'hangul' : latin ? 'latin' : 'other';
}

/** Typos allowed for a key: none below 5 Latin letters or 3 Hangul syllables. */
function allowedDistance(key: string, script: Script): number {
  const letters = [...key].filter((ch) => isSyllable(ch) || /[a-z]/.test(ch)).length;
  if (script === 'hangul') return letters < 3 ? 0 : toJamo(key).length <= 8 ? 1 : 2;
  if (letters < 5) return 0;
  return letters <= 7 ? 1 : letters <= 15 ? 2 : 3;
}

export interface KnownKey {
  key: string;
  id: string;
  jamo: string;
  script: Script;
}

/** The vocabulary's keys, ready for `closeTopic`; keys too short to carry a typo are left out. */
export function knownKeys(entries: readonly [string, string][]): KnownKey[] {
  return entries
    .map(([key, id]) => ({ key, id, jamo: toJamo(key), script: scriptOf(key) }))
    .filter((k) => allowedDistance(k.key, k.script) > 0);
}

/** The id of the closest known topic within the allowed distance, or null. Ties go to the smaller key. */
export function closeTopic(written: string, known: readonly KnownKey[]): string | null {
  const key = foldKey(written);
  const script = scriptOf(key);
  const max = allowedDistance(key, script);
  if (max === 0 || script === 'other') return null;
  const jamo = toJamo(key);
  let best: KnownKey | null = null;
  let bestDistance = max + 1;
  for (const k of known) {
    if (k.key === key || k.script !== script) continue;
    const distance = editDistance(jamo, k.jamo, max);
    if (distance < bestDistance || (distance === bestDistance && best !== null && k.key < best.key)) {
      best = k;
      bestDistance = distance;
    }
  }
  return best?.id ?? null;
}
