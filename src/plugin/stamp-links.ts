/**
 * Reading view: in a talk with a `video`, a list item that starts with
 * `[12:34]` gets that stamp as a link to the moment in the recording. Text in
 * code is left alone; without a video nothing changes.
 */
import type { Plugin } from 'obsidian';
import { stampSeconds, STAMP } from '../core/capture/timestamp';
import { talkVideo, videoMoment, type TalkVideo } from '../core/capture/video-links';
import type { IndexService } from './index-service';
import { uiText } from './language';

const LEADING_STAMP = new RegExp(`^(\\s*)\\[(${STAMP})\\]`);

export function registerStampLinks(plugin: Plugin, service: IndexService): void {
  plugin.registerMarkdownPostProcessor((el, ctx) => {
    const session = service.index.session(ctx.sourcePath);
    const video = session && talkVideo(session);
    if (!video) return;
    el.querySelectorAll('li').forEach((li) => linkItem(li, video));
  });
}

/** The item's first words, when they are a stamp in plain text, become the link. */
function linkItem(li: HTMLElement, video: TalkVideo): void {
  const text = firstText(li);
  const m = text ? LEADING_STAMP.exec(text.data) : null;
  if (!text || !m) return;
  const url = videoMoment(video, stampSeconds(m[2]) ?? 0);
  if (url === null) return;
  const rest = text.splitText(m[0].length);
  text.data = m[1];
  const link = createEl('a', { text: `[${m[2]}]`, cls: ['external-link', 'conference-notes-stamp'], attr: { href: url, target: '_blank', rel: 'noopener', 'aria-label': uiText()('stamp.open', { stamp: m[2] }) } });
  rest.parentNode?.insertBefore(link, rest);
}

/**
 * The first text with words in the item, before any nested list (a task's
 * checkbox and a loose item's paragraph are stepped into); null when it sits
 * in code, in a link or in an element that is no plain text.
 */
function firstText(li: HTMLElement): Text | null {
  const walker = li.ownerDocument.createTreeWalker(li, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.trim() === '') continue;
    for (let up = node.parentElement; up && up !== li; up = up.parentElement) if (['CODE', 'PRE', 'A', 'UL', 'OL'].includes(up.tagName)) return null;
    return node as Text;
  }
  return null;
}
