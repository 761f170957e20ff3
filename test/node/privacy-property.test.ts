/**
 * Random small vaults: random notes (sessions or not, some private by random
 * values and spellings), random embeds and links between them by every route,
 * private callouts and comments in random places. No private marker may ever
 * reach an export, whatever the profile and selection.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROFILES } from '../../src/core/export/options';
import { run } from './run-cli';

/** Privacy values, and whether the rule (only an explicit false is public) makes the note private. */
const VALUES: [string | null, boolean][] = [
  [null, false],
  ['private: true', true],
  ['Private: yes', true],
  ['PRIVATE: on', true],
  ['private: 1', true],
  ['private: maybe', true],
  ['private: yes please', true],
  ['private: [x]', true],
  ['private: false', false],
  ['Private: no', false],
  ['PRIVATE: Off', false],
  ['private: 0', false],
  ['private: ""', false],
  ['private:', false],
  ['hidden: true', true], // under the renamed property
  ['HIDDEN: yes', true],
  ['hidden: false', false],
  ['private: [broken', true], // front matter that does not parse
];

const ROUTES = ['![[N]]', '![[N#H]]', '![[N#^b]]', '![[N.md]]', '[[N]]', '[[N#H|x]]', '[x](N.md)', '![x](N.md)', '![x](<N.md>)', '<img src="N.md">', '![x](N.MD)'];

const callout = fc.record({
  prefix: fc.constantFrom('', '   ', '- ', '> ', '> > ', '1. '),
  head: fc.constantFrom('[!private]', '[!PRIVATE]-', '[!Private]+ title', '[!private|x]'),
  lazy: fc.boolean(),
});

const part = (notes: number) =>
  fc.oneof(
    fc.constant({ kind: 'text' as const }),
    fc.record({ kind: fc.constant('route' as const), route: fc.constantFrom(...ROUTES), to: fc.nat(notes - 1) }),
    fc.record({ kind: fc.constant('callout' as const), c: callout }),
    fc.record({ kind: fc.constant('comment' as const), closed: fc.boolean() }),
  );

const note = (notes: number) =>
  fc.record({
    value: fc.nat(VALUES.length - 1),
    session: fc.boolean(),
    day: fc.constantFrom(1, 2),
    topic: fc.constantFrom('FDS', 'Kubernetes'),
    upper: fc.boolean(),
    parts: fc.array(part(notes), { maxLength: 5 }),
  });

const vault = fc.integer({ min: 2, max: 5 }).chain((n) =>
  fc.record({
    notes: fc.array(note(n), { minLength: n, maxLength: n }),
    renamed: fc.boolean(),
    profile: fc.constantFrom(...PROFILES),
    selection: fc.constantFrom('session', 'day', 'event', 'topic'),
    pick: fc.nat(n - 1),
  }),
);

type Vault = typeof vault extends fc.Arbitrary<infer T> ? T : never;

/** Writes the vault; returns its root and the markers that must not leak. */
function write(v: Vault): { root: string; secrets: string[]; files: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'cn-privacy-prop-'));
  const secrets: string[] = [];
  const files: Record<string, string> = { 'Event.md': '---\ntype: event\nstart: 2024-05-01\n---\n# Event\n' };
  if (v.renamed) files['.obsidian/plugins/conference-notes/data.json'] = JSON.stringify({ props: { private: 'hidden' } });
  const names = v.notes.map((n, i) => `N${i}.${n.upper ? 'MD' : 'md'}`);
  v.notes.forEach((n, i) => {
    const [value, rule] = VALUES[n.value];
    // `hidden` is the property only when renamed; `private` always counts.
    const isPrivate = rule && (!/^hidden/i.test(value ?? '') || v.renamed);
    const marker = `zqnote${i}leak`;
    if (isPrivate) secrets.push(marker);
    const props = [n.session ? `type: session\nevent: "[[Event]]"\nday: ${n.day}\ntopics: [${n.topic}]` : 'kind: plain', value ?? ''].filter((x) => x !== '');
    const body = n.parts.map((p, j) => {
      if (p.kind === 'text') return `talk ${i} text`;
      if (p.kind === 'route') return p.route.replace('N', `N${p.to}`);
      const hidden = `zqpart${i}x${j}leak`;
      secrets.push(hidden);
      // Only the last comment may stay open: a later `%%` would close it, as in Obsidian.
      if (p.kind === 'comment') return p.closed || j < n.parts.length - 1 ? `a %% ${hidden} %% b` : `%% ${hidden}`;
      const quote = `${p.c.prefix}> ${p.c.head}\n${p.c.prefix.replace(/[-\d.]/g, ' ')}> ${hidden}`;
      return p.c.lazy ? `${quote}\n${hidden} lazy` : quote;
    });
    const own = isPrivate ? `${marker} ^b\n\n## H\n\n${marker}` : `public ${i} ^b\n\n## H\n\npublic ${i}`;
    files[names[i]] = `---\n${props.join('\n')}\n---\n# Note ${i} ${isPrivate ? marker : ''}\n\n${own}\n\n${body.join('\n\n')}\n`;
  });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, secrets, files: names };
}

test('no private marker reaches any export of a random vault', () => {
  fc.assert(
    fc.property(vault, (v) => {
      const { root, secrets, files } = write(v);
      const out = join(root, '..', `${root.split('/').pop()}-out`);
      const selection = { session: ['--session', files[v.pick]], day: ['--event', 'Event', '--day', '1'], event: ['--event', 'Event'], topic: ['--topic', 'FDS'] }[v.selection];
      try {
        const cli = run('export', root, ...selection, '--profile', v.profile, '--out', out);
        const written = cli.code === 0 ? readdirSync(out, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()) : [];
        const texts = [cli.out, cli.err, ...written.map((e) => `${e.name}\n${readFileSync(join(e.parentPath, e.name), 'latin1')}`)].join('\n').toLowerCase();
        expect(secrets.filter((s) => texts.includes(s))).toEqual([]);
      } finally {
        rmSync(root, { recursive: true, force: true });
        rmSync(out, { recursive: true, force: true });
      }
    }),
    { numRuns: 150 },
  );
});
