/** Surface-form normalization of DESIGN.md §3: NFC, case, spacing, particles, honorifics. */

/** Particles that may trail a term, longest first so `으로` wins over `로`. */
const PARTICLES = ['으로', '을', '를', '이', '가', '은', '는', '의', '에', '와', '과', '로', '도', '만'];

const SPACING = /[\s\-_·]+/gu;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]$/u;

/**
 * Text made only of these is already NFC, so the costly normalize call is skipped:
 * Latin up to U+02FF, dashes and quotes, CJK punctuation, compatibility jamo, Hangul syllables.
 */
const SURELY_NFC = /^[\u0020-\u02ff\t\n\r\u2010-\u2027\u3000-\u303f\u3130-\u318f\uac00-\ud7a3]*$/;

export function nfc(text: string): string {
  return SURELY_NFC.test(text) ? text : text.normalize('NFC');
}

/** Matching key: NFC, Latin case folded, spacing and joiners removed. */
/** Sorts Korean and English text the way a Korean reader expects; one instance, as creating it is costly. */
export const collator = new Intl.Collator('ko');

export function foldKey(text: string): string {
  return nfc(text).toLowerCase().replace(SPACING, '');
}

/**
 * Key of a surface form with a trailing particle removed, but only when the
 * particle follows a Latin or digit run, or when what remains is known:
 * `TensorRT를` → `tensorrt`, while `고양이` stays a word.
 */
export function termKey(text: string, isKnown: (key: string) => boolean): string {
  const key = foldKey(text);
  if (isKnown(key)) return key;
  for (const particle of PARTICLES) {
    if (key.length <= particle.length || !key.endsWith(particle)) continue;
    const rest = key.slice(0, -particle.length);
    if (LATIN_OR_DIGIT.test(rest) || isKnown(rest)) return rest;
  }
  return key;
}

/** A person's name as written, without the honorific 님 and outer spaces. */
export function stripHonorific(name: string): string {
  const trimmed = nfc(name).trim();
  const bare = trimmed.endsWith('님') ? trimmed.slice(0, -1).trimEnd() : trimmed;
  return bare.length > 0 ? bare : trimmed;
}

/** Matching key of a person's name: `김광섭님`, `김광섭 님` and `김광섭` are one. */
export function personKey(name: string): string {
  return foldKey(stripHonorific(name));
}

/** Readable id for a term outside the vocabulary: `Feature Store` → `feature-store`. */
export function slugId(text: string): string {
  return nfc(text).trim().toLowerCase().replace(SPACING, '-').replace(/^-+|-+$/g, '');
}
