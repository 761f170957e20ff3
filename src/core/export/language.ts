/** The language of a post's own words (headings, speaker line), from the notes it is made of. */
import { splitFrontMatter } from '../note/front-matter-block';
import { protect } from '../note/protect';

export type Language = 'en' | 'ko';
export type LanguageChoice = Language | 'auto';

/** Whether a setting or an option names a language choice (`auto`, `en` or `ko`). */
export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return value === 'auto' || value === 'en' || value === 'ko';
}

/** Korean when Hangul makes at least this share of the letters: Korean notes are full of English terms. */
const KOREAN_SHARE = 0.2;

/** `texts`: the talks' titles and notes; front matter and code (English whatever the note's language) are not counted. */
export function postLanguage(texts: readonly string[]): Language {
  let hangul = 0;
  let latin = 0;
  for (const note of texts) {
    const text = protect(splitFrontMatter(note).body).text;
    hangul += text.match(/[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/g)?.length ?? 0;
    latin += text.match(/[A-Za-z]/g)?.length ?? 0;
  }
  return hangul > 0 && hangul >= KOREAN_SHARE * (hangul + latin) ? 'ko' : 'en';
}
