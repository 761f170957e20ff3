import { ConferenceIndex } from '../../../src/core/index/conference-index';
import { lint } from '../../../src/core/index/lint';
import type { NoteInput } from '../../../src/core/note/note-meta';
import { notePrivacy } from '../../../src/core/note/privacy';
import { extractMeta } from '../../../src/node/extract';
import { note } from '../../helpers';

/** The decision as the CLI makes it: metadata from the note's text, the text itself for the cross-check. */
const decide = (text: string | null, property = 'private'): ReturnType<typeof notePrivacy> => notePrivacy(text === null ? null : extractMeta(text), property, text);

test.each([
  // [front matter, private?, reported?]
  ['private: true', true, false],
  ['private: false', false, false],
  ['Private: true', true, false],
  ['PRIVATE: yes', true, false],
  ['private: True', true, false],
  ['private: "on"', true, false],
  ['private: 1', true, false],
  ['private: no', false, false],
  ['private: Off', false, false],
  ['private: 0', false, false],
  ['private: FALSE', false, false],
  ['private: ""', false, false],
  ['private:', false, false],
  ['private: maybe', true, true],
  ['private: yes please', true, true],
  ['private: 2', true, true],
  ['private: [true]', true, true],
  ['private: []', true, true],
  ['private: {a: 1}', true, true],
  ['private: false\nPrivate: true', true, false],
  ['title: x', false, false],
])('%s', (yaml, isPrivate, reported) => {
  const privacy = decide(`---\n${yaml}\n---\nbody`);
  expect([privacy.private, privacy.reason !== undefined]).toEqual([isPrivate, reported]);
});

test('a value read as private says how, for lint', () => {
  expect(decide('---\nprivate: yes please\n---\n').reason).toBe('"private: yes please" is read as private: write true or false');
});

test.each([
  ['the note cannot be read', null],
  ['its front matter cannot be read (YAML error)', '---\nprivate: [unclosed\n---\nbody'],
  ['its front matter is not a list of properties', '---\n- a\n- b\n---\nbody'],
  ['it says so with CR line ends', '---\rprivate: true\r---\rbody'],
])('private when %s', (_, text) => {
  expect(decide(text).private).toBe(true);
});

test('no front matter at all is not private', () => {
  expect(decide('# just a note\n\nbody')).toEqual({ private: false });
});

test('a renamed property is matched in any case, and `private` still counts', () => {
  expect(decide('---\nSecret: yes\n---\n', 'secret').private).toBe(true);
  expect(decide('---\nSECRET: true\n---\n', 'Secret').private).toBe(true);
  expect(decide('---\nprivate: true\n---\n', 'secret').private).toBe(true);
  expect(decide('---\nsecret: false\n---\n', 'secret').private).toBe(false);
});

test('metadata with no front matter but a block in the text is private; no metadata at all is private', () => {
  expect(notePrivacy({}, 'private', '---\nprivate: true\n---\n').private).toBe(true);
  expect(notePrivacy(undefined, 'private').private).toBe(true);
  expect(notePrivacy({}, 'private').private).toBe(false);
  expect(notePrivacy({ frontmatterPosition: { start: { line: 0, col: 0, offset: 0 }, end: { line: 1, col: 3, offset: 7 } } }, 'private').private).toBe(true);
});

test('lint reports the values it had to interpret, and the index keeps those sessions private', () => {
  const index = new ConferenceIndex();
  const talk = (path: string, value: string): NoteInput => note(path, `---\ntype: session\nevent: "[[E]]"\n${value}\n---\n`);
  index.rebuild([note('E.md', '---\ntype: event\n---\n'), talk('maybe.md', 'private: maybe'), talk('please.md', 'Private: yes please'), talk('yes.md', 'PRIVATE: yes'), talk('no.md', 'private: off')]);
  expect(lint(index)).toEqual([
    { path: 'maybe.md', message: '"private: maybe" is read as private: write true or false' },
    { path: 'please.md', message: '"Private: yes please" is read as private: write true or false' },
  ]);
  expect(index.sessions().map((s) => [s.path, s.private]).sort()).toEqual([
    ['maybe.md', true],
    ['no.md', false],
    ['please.md', true],
    ['yes.md', true],
  ]);
});
