/**
 * A copy of `text` that does not keep alive the note it was cut from: V8 makes
 * a slice point into its parent string, so one kept title would otherwise keep
 * a whole note in memory. Short slices are copied by V8 already.
 */
export function own(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
