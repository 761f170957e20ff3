/**
 * Ids for the DOM that no other element of the window has: a label's `for`, a
 * list's `aria-controls`, a row's `aria-activedescendant` point at them.
 */
let made = 0;

/** `prefix-N`, N counted across the whole plugin, so no two calls give the same id. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${++made}`;
}
