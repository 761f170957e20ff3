/**
 * Session notes shaped like the real posts that were dropped before (KubeCon,
 * DjangoCon, PyGotham, Korean recaps moved from Jekyll blogs): every one is
 * indexed, with what it says, and the only problems are warnings naming it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run-cli';

const NOTES: Record<string, string> = {
  'KubeCon 2019.md': '---\ntype: event\nstart: 2019-11-18\nend: 2019-11-21\n---\n',
  'Talks/linkerd.md': [
    '---',
    'layout: post',
    'type: session',
    'event: "[[KubeCon 2019]]"',
    'title: "Linkerd 2.x: the service mesh',
    'that is small and fast"',
    'date: 2019-11-19 14:25:00 -0800',
    'time: "14:25"',
    'speakers: William Morgan, Buoyant',
    'tags: [kubernetes,',
    'service-mesh]',
    '---',
    '# Notes',
  ].join('\n'),
  'Talks/django-async.md': [
    '---',
    'type: session',
    'event: "[[KubeCon 2019]]"',
    'categories: [python, django]',
    'tags: python async',
    'summary: >-',
    '  Async views, ORM',
    '  and what is left',
    'date:\t2019-11-20',
    'time: "10:00"',
    '...',
    '---',
    'Body',
  ].join('\n'),
  'Talks/pygotham.md': '\ufeff---\r\ntype: session\r\nevent: "[[KubeCon 2019]]"\r\ndate: 2019-11-20\r\ntime: "11:00"\r\n# a comment\r\ntopics: [Kubernetes] # trailing\r\n---\r\n# PyGotham-style\r\n',
  'Talks/추천 후기.md': [
    '---',
    'type: session',
    'event: "[[KubeCon 2019]]"',
    "title: '카카오 추천 시스템",
    "  발표 후기'",
    'date: 2019-11-21T09:00:00+09:00',
    'topics: 추천시스템, MLOps',
    'topics: [추천시스템, MLOps]',
    '---',
  ].join('\n'),
};

test('real post shapes are all indexed; warnings name their note', () => {
  const root = mkdtempSync(join(tmpdir(), 'cn-real-'));
  for (const [path, text] of Object.entries(NOTES)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const { code, out, err } = run('index', root, '--json');
  expect([code, err]).toEqual([0, '']);
  const data = JSON.parse(out) as { sessions: Record<string, unknown>[]; problems: unknown[] };
  const pick = (s: Record<string, unknown>) => ({ path: s.path, title: s.title, date: s.date, time: s.time, speakers: s.speakers, topics: s.topics });
  expect(data.sessions.map(pick)).toEqual([
    { path: 'Talks/django-async.md', title: 'django-async', date: '2019-11-20', time: '10:00', speakers: [], topics: ['python'] },
    { path: 'Talks/linkerd.md', title: 'Linkerd 2.x: the service mesh that is small and fast', date: '2019-11-19', time: '14:25', speakers: ['William Morgan'], topics: ['kubernetes', 'service-mesh'] },
    { path: 'Talks/pygotham.md', title: 'PyGotham-style', date: '2019-11-20', time: '11:00', speakers: [], topics: ['kubernetes'] },
    { path: 'Talks/추천 후기.md', title: '카카오 추천 시스템 발표 후기', date: '2019-11-21', time: null, speakers: [], topics: ['recommender-systems', 'mlops'] },
  ]);
  expect(data.problems).toEqual([
    { path: 'Talks/linkerd.md', message: '"speakers: William Morgan, Buoyant" reads as one speaker and a company: write speakers: [William Morgan] and org: Buoyant' },
    { path: 'Talks/추천 후기.md', message: 'front matter: property "topics" is written twice: the last value is used (Obsidian ignores front matter with repeated properties)' },
  ]);
});
