/**
 * A post laid out for one blog: Jekyll (`_posts/YYYY-MM-DD-slug.md`, YAML
 * front matter, Liquid-looking text kept raw), Hugo (page bundle
 * `slug/index.md` with its images beside it), Markdown (CommonMark / GitHub),
 * and Tistory / velog (clipboard-ready Markdown plus HTML for Tistory's editor).
 * Front matter and paths follow the profile's layout (see presets.ts), which
 * the settings or the CLI may shape for the user's blog.
 */
import MarkdownIt from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import { talkVideo, type TalkVideo } from '../capture/video-links';
import type { ConferenceIndex } from '../index/conference-index';
import { postBody, postHead, selectSessions, type PostHead, type Selection } from './compose';
import { markdownText } from './escape';
import { ExportState, type ExportProblem } from './export-state';
import { postLanguage } from './language';
import { slugify } from './names';
import type { ExportOptions, ExportSource } from './options';
import { attachmentLink, fillPath, postPath } from './path-pattern';
import { blogLayout } from './presets';
import { isPlaceholder, placeholderText, renderFrontMatter } from './front-matter-template';
import { templateValues } from './template-values';
import { tripReportBody } from './trip-report';

export interface ExportFile {
  /** Relative to the export folder, `/`-separated. */
  path: string;
  content: string;
}

export interface ExportResult {
  head: PostHead;
  /** The post itself first, then other text files (Tistory's HTML). */
  files: ExportFile[];
  /** Attachments to copy: vault path → path in the export folder. */
  attachments: { from: string; to: string }[];
  /** What the export could not do as the notes ask (a missing embed, an embed cycle, no date): for the user to see. */
  problems: ExportProblem[];
}

/** Every path an export writes, relative to its folder: the post and its other files, then the attachments' targets. */
export function exportedPaths(result: ExportResult): string[] {
  return [...result.files.map((f) => f.path), ...result.attachments.map((a) => a.to)];
}

export function exportPost(index: ConferenceIndex, selection: Selection, asked: ExportOptions, source: ExportSource, today: string): ExportResult {
  const sessions = selectSessions(index, selection, source);
  const language = asked.language !== 'auto' ? asked.language : postLanguage(sessions.flatMap((s) => [s.title, source.read(s.path) ?? '']));
  const options = { ...asked, language };
  const state = new ExportState();
  const head = postHead(index, selection, sessions, options, state, today);
  const slug = slugify(head.title, options.asciiNames);
  const values = templateValues(index, sessions, head, slug, language, today, source);
  const layout = blogLayout(options.profile, options.layout);
  const placeholder = (name: string): string | null => (isPlaceholder(name) ? placeholderText(name, values) : null);
  const post = postPath(layout.postPath, placeholder);
  const assets = fillPath(layout.assetsPath, placeholder, 'attachments');
  const front = renderFrontMatter(layout.frontMatter, values);
  const publishedUrl = (path: string): string | null => {
    if (options.linkPattern === '' || !source.isPublished(path)) return null;
    const note = index.note(path);
    return options.linkPattern.replace('{slug}', encodeURIComponent(slugify(note?.title ?? path, options.asciiNames)));
  };
  const video = (path: string): TalkVideo | undefined => {
    const s = index.session(path);
    return s && talkVideo(s);
  };
  const anchors = options.profile === 'jekyll' || options.profile === 'hugo' ? 'attribute' : 'html';
  const ctx = { attachmentUrl: (name: string) => attachmentLink(options.profile, post, `${assets}/${name}`), publishedUrl, video };
  let body = selection.kind === 'trip' ? tripReportBody(index, selection.event, sessions, options, source, ctx, state, anchors) : postBody(index, sessions, options, source, ctx, state, anchors);
  const files: ExportFile[] = [];
  if (options.profile === 'jekyll') body = liquidSafe(body);
  if (options.profile === 'jekyll' || options.profile === 'hugo') {
    files.push({ path: post, content: front === '' ? body : `${front}\n${body}` });
  } else if (options.profile === 'markdown') {
    files.push({ path: post, content: `${front}# ${markdownText(head.title)}\n\n${markdownText(head.description)}\n\n${body}` });
  } else {
    files.push({ path: post, content: `${front}${body}` });
    const html = new MarkdownIt({ html: true, linkify: true }).use(footnotes).render(body);
    files.push({ path: post.replace(/\.md$/i, '.html'), content: html });
  }
  const attachments = [...state.attachments.values()].map((a) => ({ from: a.from, to: `${assets}/${a.name}` }));
  return { head, files, attachments, problems: state.problems };
}

/**
 * Jekyll runs Liquid over `{{ }}` and `{% %}` in posts: text that holds them
 * is wrapped in `{% raw %}`, and an `{% endraw %}` written in a note is put out
 * through Liquid (`{{ '{%' }}`) between two raw blocks, so it cannot end the wrapping early.
 */
function liquidSafe(body: string): string {
  if (!/\{\{|\{%/.test(body)) return body;
  const inner = body.replace(/\{%(-?\s*endraw\s*-?%\})/g, "{% endraw %}{{ '{%' }}$1{% raw %}");
  return `{% raw %}\n${inner}{% endraw %}\n`;
}
