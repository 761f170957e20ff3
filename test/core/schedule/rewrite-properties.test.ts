import { rewriteProperties } from '../../../src/core/schedule/rewrite-properties';

test.each([
  ['a plain key: only its line changes, comments and spacing kept',
    '---\ntitle:   "Old"   # mine\ntime: "08:30"\nrating: 5\n---\n# Body\n', { time: '09:00' },
    '---\ntitle:   "Old"   # mine\ntime: "09:00"\nrating: 5\n---\n# Body\n'],
  ['a block list replaced by the new list',
    '---\nspeakers:\n  - "[[A]]"\n  - "[[B]]"\ntopics: [x]\n---\n', { speakers: ['[[C]]'] },
    '---\nspeakers:\n  - "[[C]]"\ntopics: [x]\n---\n'],
  ['a list written flush left (- items at column 0)',
    '---\nspeakers:\n- A\n- B\nend: "10:00"\n---\n', { speakers: ['[[A]]'] },
    '---\nspeakers:\n  - "[[A]]"\nend: "10:00"\n---\n'],
  ['a flow list',
    '---\nspeakers: [A, B]\n---\nbody', { speakers: ['[[A]]', '[[B]]'] },
    '---\nspeakers:\n  - "[[A]]"\n  - "[[B]]"\n---\nbody'],
  ['a missing key is added at the end of the block',
    '---\ntype: session\n---\n', { end: '10:30' },
    '---\ntype: session\nend: "10:30"\n---\n'],
  ['a quoted key',
    "---\n'time': 8\n\"track\": Hall\n---\n", { time: '09:00', track: 'Hall B' },
    '---\ntime: "09:00"\ntrack: "Hall B"\n---\n'],
  ['a repeated key is written once, where it first stood',
    '---\ntime: a\nx: 1\ntime: b\n---\n', { time: 'c' },
    '---\ntime: "c"\nx: 1\n---\n'],
  ['a key of the same name inside a map is not touched',
    '---\nmeta:\n  time: keep\ntime: old\n---\n', { time: 'new' },
    '---\nmeta:\n  time: keep\ntime: "new"\n---\n'],
  ['CRLF and a byte-order mark stay',
    '\uFEFF---\r\ntitle: a\r\nday: 1\r\n---\r\nBody\r\n', { day: 2 },
    '\uFEFF---\r\ntitle: a\r\nday: 2\r\n---\r\nBody\r\n'],
  ['a multi-line string value is replaced whole',
    '---\ntitle: |\n  two\n  lines\nnext: 1\n---\n', { title: 'one' },
    '---\ntitle: "one"\nnext: 1\n---\n'],
  ['a body that looks like front matter is never read as such',
    '---\na: 1\n---\ntime: body\n---\n', { time: 'x' },
    '---\na: 1\ntime: "x"\n---\ntime: body\n---\n'],
] as const)('%s', (_name, text, changes, expected) => {
  expect(rewriteProperties(text, changes)).toBe(expected);
});

test('a note without front matter is left to the caller', () => {
  expect(rewriteProperties('# Just a body\n', { time: '09:00' })).toBeUndefined();
  expect(rewriteProperties('---\nnever closed\n', { time: '09:00' })).toBeUndefined();
});
