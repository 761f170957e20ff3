/**
 * A post laid out for one blog: Jekyll (`_posts/YYYY-MM-DD-slug.md`, YAML
 * front matter, Liquid-looking text kept raw), Hugo (page bundle
 * `slug/index.md` with its images beside it), Markdown (CommonMark / GitHub),
 * and Tistory / velog (clipboard-ready Markdown plus HTML for Tistory's editor).
 */
import MarkdownIt from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import { talkVideo, type TalkVideo } from '../capture/video-links';
import { frontMatter } from '../note/front-matter-writer';
import type { ConferenceIndex } from '../index/conference-index';
import { postBody, postHead, selectSessions, type PostHead, type Selection } from './compose';
import { markdownText } from './escape';
import { ExportState, type ExportProblem } from './export-state';
import { postLanguage } from './language';
import { slugify } from './names';
import type { ExportOptions, ExportSource } from './options';
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

interface Layout {
  post: string;
  /** Folder of the attachments in the export, and how the post links to them. */
  assets: string;
  url: (name: string) => string;
  anchors: 'html' | 'attribute';
}

function layoutOf(options: ExportOptions, head: PostHead, slug: string): Layout {
  const enc = (s: string): string => encodeURI(s);
  if (options.profile === 'jekyll') {
    const stem = `${head.date}-${slug}`;
    return { post: `_posts/${stem}.md`, assets: `assets/${stem}`, url: (n) => enc(`/assets/${stem}/${n}`), anchors: 'attribute' };
  }
  if (options.profile === 'hugo') return { post: `${slug}/index.md`, assets: slug, url: (n) => enc(n), anchors: 'attribute' };
  return { post: `${slug}.md`, assets: slug, url: (n) => enc(`${slug}/${n}`), anchors: 'html' };
}

export function exportPost(index: ConferenceIndex, selection: Selection, asked: ExportOptions, source: ExportSource, today: string): ExportResult {
  const sessions = selectSessions(index, selection, source);
  const language = asked.language !== 'auto' ? asked.language : postLanguage(sessions.flatMap((s) => [s.title, source.read(s.path) ?? '']));
  const options = { ...asked, language };
  const state = new ExportState();
  const head = postHead(index, selection, sessions, options, state, today);
  const slug = slugify(head.title, options.asciiNames);
  const layout = layoutOf(options, head, slug);
  const publishedUrl = (path: string): string | null => {
    if (options.linkPattern === '' || !source.isPublished(path)) return null;
    const note = index.note(path);
    return options.linkPattern.replace('{slug}', encodeURIComponent(slugify(note?.title ?? path, options.asciiNames)));
  };
  const video = (path: string): TalkVideo | undefined => {
    const s = index.session(path);
    return s && talkVideo(s);
  };
  const ctx = { attachmentUrl: layout.url, publishedUrl, video };
  let body = selection.kind === 'trip' ? tripReportBody(index, selection.event, sessions, options, source, ctx, state, layout.anchors) : postBody(index, sessions, options, source, ctx, state, layout.anchors);
  const files: ExportFile[] = [];
  if (options.profile === 'jekyll' || options.profile === 'hugo') {
    if (options.profile === 'jekyll') body = liquidSafe(body);
    const props = { title: head.title, date: head.date, tags: head.tags, categories: head.categories, description: head.description };
    // A separator Jekyll never meets keeps its excerpt from cutting through the raw block.
    const jekyll = { layout: 'post', ...props, excerpt_separator: '<!-- more -->' };
    files.push({ path: layout.post, content: `${frontMatter(options.profile === 'jekyll' ? jekyll : props)}\n${body}` });
  } else if (options.profile === 'markdown') {
    files.push({ path: layout.post, content: `# ${markdownText(head.title)}\n\n${markdownText(head.description)}\n\n${body}` });
  } else {
    files.push({ path: layout.post, content: body });
    const html = new MarkdownIt({ html: true, linkify: true }).use(footnotes).render(body);
    files.push({ path: `${slug}.html`, content: html });
  }
  const attachments = [...state.attachments.values()].map((a) => ({ from: a.from, to: `${layout.assets}/${a.name}` }));
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
