import { splitFrontMatter } from '../note/front-matter-block';

/** A note without its title heading: the post (or the talk, or the embed's place) says it already. */
export function withoutTitle(text: string): string {
  return splitFrontMatter(text).body.replace(/^(\s*)# [^\n]*\n?/, '$1');
}
