/**
 * A moment of a talk's recording as a URL, each provider its own way:
 * YouTube `https://youtu.be/ID?t=754`, Vimeo `#t=754s`, a media file `#t=754`
 * (the Media Fragments syntax browsers follow). `video_offset` seconds are
 * added, for recordings that start before (positive) or after (negative) the talk.
 */
import { STAMP, stampSeconds } from './timestamp';

export interface TalkVideo {
  url: string;
  /** Seconds added to every stamp. */
  offset: number;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,}$/;
const MEDIA = /\.(mp4|webm|m4a|mp3)$/i;

/** The recording at `seconds` into the talk, or null when the URL is none this knows. */
export function videoMoment(video: TalkVideo, seconds: number): string | null {
  let url: URL;
  try {
    url = new URL(video.url.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const t = Math.max(0, Math.round(seconds + video.offset));
  const host = url.hostname.toLowerCase().replace(/^(www|m|music)\./, '');
  const parts = url.pathname.split('/').filter((p) => p !== '');
  if (host === 'youtu.be' || host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const id = host === 'youtu.be' ? parts[0] : parts[0] === 'watch' ? url.searchParams.get('v') : ['shorts', 'live', 'embed'].includes(parts[0] ?? '') ? parts[1] : undefined;
    return id && YOUTUBE_ID.test(id) ? `https://youtu.be/${id}?t=${t}` : null;
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = parts.find((p) => /^\d+$/.test(p));
    if (id === undefined) return null;
    url.hash = '';
    return `${url.toString()}#t=${t}s`;
  }
  if (MEDIA.test(url.pathname)) {
    url.hash = '';
    return `${url.toString()}#t=${t}`;
  }
  return null;
}

/** A list item (or quoted list item) that starts with a stamp not linked yet: prefix, stamp text. */
const STAMPED_ITEM = new RegExp(String.raw`^([ \t]*(?:>[ \t]?)*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?)\[(${STAMP})\](?![(\[:])`, 'gm');

/**
 * Markdown whose stamped bullets link to their moment: `- [12:34] …` →
 * `- [12:34](https://youtu.be/ID?t=754) …`. `text` has its code protected
 * already (see note/protect), so a stamp in code stays as written; without a
 * video the text is returned as it is.
 */
export function linkStamps(text: string, video: TalkVideo | undefined): string {
  if (video === undefined) return text;
  return text.replace(STAMPED_ITEM, (whole, lead: string, stamp: string) => {
    const url = videoMoment(video, stampSeconds(stamp) ?? 0);
    return url === null ? whole : `${lead}[${stamp}](${url})`;
  });
}

/** A session's video, when it has one, and its offset (0 when none is given). */
export function talkVideo(session: { video?: string; videoOffset?: number }): TalkVideo | undefined {
  const url = session.video?.trim();
  return url ? { url, offset: session.videoOffset ?? 0 } : undefined;
}
