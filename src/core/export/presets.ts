/**
 * Each profile's default front matter and paths (what exports wrote before
 * they could be shaped), and ready-made templates for common blog themes.
 */
import type { BlogLayout, Profile } from './options';

// A separator Jekyll never meets keeps its excerpt from cutting through the `{% raw %}` block of a post.
const EXCERPT = 'excerpt_separator: "<!-- more -->"';

const HUGO = ['title: {{title}}', 'date: {{date}}', 'tags: {{tags}}', 'categories: {{series}}', 'description: {{description}}'];

export const DEFAULT_LAYOUTS: Readonly<Record<Profile, BlogLayout>> = {
  jekyll: { frontMatter: ['layout: post', ...HUGO, EXCERPT].join('\n'), postPath: '_posts/{{date}}-{{slug}}.md', assetsPath: 'assets/{{date}}-{{slug}}' },
  hugo: { frontMatter: HUGO.join('\n'), postPath: '{{slug}}/index.md', assetsPath: '{{slug}}' },
  markdown: { frontMatter: '', postPath: '{{slug}}.md', assetsPath: '{{slug}}' },
  tistory: { frontMatter: '', postPath: '{{slug}}.md', assetsPath: '{{slug}}' },
};

export interface Preset {
  id: string;
  /** The theme's name, shown as it is in every language. */
  label: string;
  frontMatter: string;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'jekyll-minima',
    label: 'Jekyll (minima)',
    frontMatter: ['layout: post', 'title: {{title}}', 'date: {{date}}', 'categories: {{series}}', 'tags: {{tags}}', EXCERPT].join('\n'),
  },
  {
    id: 'jekyll-chirpy',
    label: 'Jekyll (Chirpy)',
    frontMatter: [
      'title: {{title}}',
      'date: {{date}}',
      'categories: [{{series}}, {{event}}]',
      'tags: {{tags}}',
      'description: {{description}}',
      'math: {{note.math}}',
      'pin: {{note.pin}}',
      'image:',
      '  path: {{note.image}}',
      EXCERPT,
    ].join('\n'),
  },
  {
    id: 'hugo-papermod',
    label: 'Hugo (PaperMod)',
    frontMatter: ['title: {{title}}', 'date: {{date}}', 'draft: false', 'summary: {{description}}', 'tags: {{tags}}', 'series: {{series}}', 'cover:', '  image: {{note.image}}'].join('\n'),
  },
  {
    id: 'seed',
    label: 'title / date / update / tags / keywords',
    frontMatter: ['layout: post', 'title: {{title}}', 'date: {{date}}', 'update: {{today}}', 'tags: {{tags}}', 'keywords: {{topics}}', EXCERPT].join('\n'),
  },
];

/** A profile's layout as the settings shape it: each empty part is the profile's default. */
export function blogLayout(profile: Profile, saved: Partial<BlogLayout> | undefined): BlogLayout {
  const d = DEFAULT_LAYOUTS[profile];
  // The front matter may be emptied on purpose (no front matter): only an absent one is the default.
  return {
    frontMatter: saved?.frontMatter ?? d.frontMatter,
    postPath: saved?.postPath?.trim() || d.postPath,
    assetsPath: saved?.assetsPath?.trim() || d.assetsPath,
  };
}
