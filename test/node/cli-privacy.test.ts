/**
 * Privacy fails closed, end to end through the CLI: every route by which a
 * public talk could reach private content × every profile × every selection.
 * A planted marker must never appear in any output file (posts, Tistory's
 * HTML, copied attachments, file names) nor in what the CLI prints.
 */
import { PROFILES } from '../../src/core/export/options';
import { exportVault, leaks, PRIVATE, privateNote, SELECTIONS, session, VISIBLE, writeVault, type VaultSpec } from './privacy-vault';

/** Routes from the public talk; `$` stands for the marker. Talks/Private.md is private (`private: true`) unless a case says otherwise. */
const ROUTES: [string, VaultSpec][] = [
  ['embed', { body: '![[Private]]' }],
  ['embed with the extension', { body: '![[Private.md]]' }],
  ['embed in another case', { body: '![[PRIVATE]]' }],
  ['embed of a heading', { body: '![[Private#Secret heading]]' }],
  ['embed of a block', { body: '![[Private#^blk]]' }],
  ['embed by path', { body: '![[Talks/Private]]' }],
  ['chain of two embeds', { body: '![[Middle]]', files: { 'Middle.md': 'middle\n\n![[Private]]\n' } }],
  ['chain of three embeds, by heading', { body: '![[Middle#Part]]', files: { 'Middle.md': '## Part\n\n![[Inner]]\n', 'Inner.md': 'inner ![[Private#Secret heading]]\n' } }],
  ['wikilink', { body: 'see [[Private]] and [[Private#Secret heading|that part]]' }],
  ['Markdown link', { body: 'see [x](Private.md)' }],
  ['Markdown image', { body: '![x](Private.md)' }],
  ['Markdown image from the vault root', { body: '![x](/Talks/Private.md)' }],
  ['percent-encoded link', { body: '[x](Private%20Note.md)', files: { 'Talks/Private Note.md': privateNote('$') } }],
  ['percent-encoded image', { body: '![x](Private%20Note.md)', files: { 'Talks/Private Note.md': privateNote('$') } }],
  ['image in angle brackets', { body: '![x](<Private Note.md>)', files: { 'Talks/Private Note.md': privateNote('$') } }],
  ['link in angle brackets with a title', { body: '[x](<Private Note.md> "t")', files: { 'Talks/Private Note.md': privateNote('$') } }],
  ['upper-case extension, embed', { body: '![[Shout.MD]]', files: { 'Talks/Shout.MD': privateNote('$') } }],
  ['upper-case extension, image', { body: '![x](Shout.MD) ![y](shout.md)', files: { 'Talks/Shout.MD': privateNote('$') } }],
  ['mixed-case extension, image', { body: '![x](Private.Md)' }],
  ['<img src> of a note', { body: '<img src="Private.md"> <img src=\'Private%2Emd\'>' }],
  ['published yet private', { body: '[[Private]] [x](Private.md)', privacy: 'private: true\npublish: true', settings: { exportLinkPattern: 'https://blog.example.com/{slug}/' } }],
  ['private callout', { body: '> [!private]\n> $' }],
  ['private callout indented three spaces', { body: '   > [!private]\n   > $' }],
  ['private callout in a list item', { body: '- a\n- > [!private]\n  > $\n- b' }],
  ['private callout under a list item', { body: '- a\n\n  > [!private]\n  > $\n\n- b' }],
  ['private callout nested in a callout', { body: '> [!note] N\n> kept\n>\n> > [!private]\n> > $' }],
  ['private callout with lazy lines', { body: '> [!private]\n> first\n$ lazy' }],
  ['private callout in capitals, folded', { body: '> [!PRIVATE]- $\n> $\n\n> [!Private]+\n> $' }],
  ['private callout in a footnote', { body: 'a[^1]\n\n[^1]: > [!private] $' }],
  ['private callout after a stray backtick', { body: 'the ` key\n\n> [!private]\n> $ `x`\n\nthen `y`' }],
  ['private callout in an embedded note', { body: '![[Middle]]', files: { 'Middle.md': 'middle\n\n> [!private]\n> $\n' } }],
  ['private callout in an embedded section', { body: '![[Middle#Part]]', files: { 'Middle.md': '## Part\n\nok\n\n> [!private]\n> $\n' } }],
  ['block embed of a line in a private callout', { body: '![[Middle#^inside]]', files: { 'Middle.md': '> [!private]\n> $ ^inside\n' } }],
  ['heading embed inside a private callout', { body: '![[Middle#Inner]]', files: { 'Middle.md': '> [!private]\n> ## Inner\n> $\n' } }],
  ['comment', { body: 'a %%$%% b' }],
  ['comment over lines', { body: 'a\n\n%%\n$\n%%\n\nb' }],
  ['unterminated comment', { body: 'a\n\n%% $\n\n$' }],
  ['comment after a stray backtick', { body: 'the ` key\n\n%% $ %%\n\nthen `y`' }],
  ['comment in an embedded note', { body: '![[Middle]]', files: { 'Middle.md': 'middle %%$%%\n' } }],
  ['comment in an embedded block', { body: '![[Middle#^b]]', files: { 'Middle.md': 'kept %% $ %% ^b\n' } }],
  ['raw YAML of an embedded note (BOM, CRLF)', { body: '![[Middle]]', files: { 'Middle.md': '\uFEFF---\r\nnote: $\r\n---\r\nmiddle\r\n' } }],
  ['raw YAML of an embedded note (blanks after the fences)', { body: '![[Middle]]', files: { 'Middle.md': '---  \nnote: $\n--- \t\nmiddle\n' } }],
  ['the public talk with a BOM and CRLF', { body: '', files: { 'Talks/Public.md': `\uFEFF${session('note: "$"', '\r\n')}# Public talk\r\n\r\n${VISIBLE}\r\n\r\n> [!private]\r\n> $\r\n` } }],
];

/** Ways a note is private (or cannot be read), each reached by every route kind at once. */
const REACH_ALL = '![[Private]] ![x](Private.md) [[Private]] [y](Private.md) <img src="Private.md"> ![[Private#Secret heading]]';
const KINDS: [string, VaultSpec][] = [
  ['Private: true', { body: REACH_ALL, privacy: 'Private: true' }],
  ['PRIVATE: yes', { body: REACH_ALL, privacy: 'PRIVATE: yes' }],
  ['private: "on"', { body: REACH_ALL, privacy: 'private: "on"' }],
  ['private: 1', { body: REACH_ALL, privacy: 'private: 1' }],
  ['private: maybe (interpreted)', { body: REACH_ALL, privacy: 'private: maybe' }],
  ['private: yes please (interpreted)', { body: REACH_ALL, privacy: 'private: yes please' }],
  ['private: [a list] (interpreted)', { body: REACH_ALL, privacy: 'private: [true]' }],
  ['renamed property', { body: REACH_ALL, privacy: 'hidden: true', settings: { props: { private: 'hidden' } } }],
  ['renamed property in capitals', { body: REACH_ALL, privacy: 'HIDDEN: yes', settings: { props: { private: 'Hidden' } } }],
  ['default name under a renamed property', { body: REACH_ALL, privacy: 'private: true', settings: { props: { private: 'hidden' } } }],
  ['front matter that does not parse', { body: REACH_ALL, files: { [PRIVATE]: '---\nprivate: [oops\nsummary: "$\n---\n# $\n\n$ ^blk\n\n## Secret heading\n\n$\n' } }],
  ['front matter that is not properties', { body: REACH_ALL, files: { [PRIVATE]: '---\n- $\n---\n# $\n\n$\n\n## Secret heading\n\n$\n' } }],
  ['front matter with CR line ends', { body: REACH_ALL, files: { [PRIVATE]: '---\rprivate: true\rnote: $\r---\r# $\r\r$\r\r## Secret heading\r\r$\r' } }],
  ['BOM and CRLF', { body: REACH_ALL, files: { [PRIVATE]: `\uFEFF${privateNote('$').replace(/\n/g, '\r\n')}` } }],
  ['blanks after the fences', { body: REACH_ALL, files: { [PRIVATE]: privateNote('$').replace(/^---\n/, '--- \n').replace(/\n---\n/, '\n---\t\n') } }],
];

let counter = 0;
const vaults = new Map<string, { root: string; marker: string }>();

/** The case's vault, written once; the marker is unique to the case. */
function vaultOf(name: string, spec: VaultSpec): { root: string; marker: string } {
  let v = vaults.get(name);
  if (!v) {
    const marker = `zq${++counter}leakmark`;
    const fill = (t: string): string => t.replace(/\$/g, marker);
    const files = Object.fromEntries(Object.entries(spec.files ?? {}).map(([p, t]) => [p, fill(t)]));
    v = { root: writeVault(marker, { ...spec, body: fill(spec.body), files }), marker };
    vaults.set(name, v);
  }
  return v;
}

const cases = [...ROUTES, ...KINDS].flatMap(([name, spec]) => PROFILES.flatMap((profile) => SELECTIONS.map((selection) => [name, profile, selection, spec] as const)));

test.each(cases)('%s · %s · %s', (name, profile, selection, spec) => {
  const { root, marker } = vaultOf(name, spec);
  const exported = exportVault(root, profile, selection);
  expect([exported.cli.code, exported.cli.err]).toEqual([0, expect.any(String)]);
  // The public talk is there (the test would pass on an empty export otherwise)…
  expect(Object.values(exported.files).some((bytes) => bytes.includes(VISIBLE))).toBe(true);
  // …and nothing private.
  expect(leaks(marker, exported)).toEqual([]);
});

test.each(KINDS)('a private session is never exported on its own: %s', (name, spec) => {
  const { root, marker } = vaultOf(name, spec);
  for (const profile of PROFILES) {
    const exported = exportVault(root, profile, ['--session', PRIVATE]);
    expect([exported.cli.code, Object.keys(exported.files), leaks(marker, exported)]).toEqual([1, [], []]);
  }
});

test('the suite counts its cases', () => {
  expect([ROUTES.length, KINDS.length, cases.length]).toEqual([43, 15, (43 + 15) * 16]);
});
