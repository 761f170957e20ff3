/**
 * What a note hides inside itself: `> [!private]` callouts and `%%` comments.
 * Both go before anything else reads the note (a heading or block embed
 * included), so no part of a note can carry them out.
 */
import { withoutPrivateCallouts } from './callouts';
import { protect } from '../note/protect';

// An unterminated comment hides the rest of the note, as in Obsidian.
const COMMENT = /%%[\s\S]*?(?:%%|$)/g;

/** A note body (front matter already cut) without its private callouts and comments; code keeps its `%%`. */
export function withoutPrivateParts(body: string): string {
  const p = protect(withoutPrivateCallouts(body.replace(/\r\n?/g, '\n')));
  return p.restore(p.text.replace(COMMENT, ''));
}
