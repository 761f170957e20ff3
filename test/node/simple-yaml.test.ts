/** The front-matter fast path must agree with the lenient full YAML reader whenever it answers. */
import fc from 'fast-check';
import { parse } from 'yaml';
import { parseYamlLeniently } from '../../src/node/lenient-yaml';
import { parseSimpleYaml } from '../../src/node/simple-yaml';

/** The reader the fast path stands in for. */
const full = (text: string): unknown => {
  const result = parseYamlLeniently(text);
  return 'error' in result ? 'error' : result.value;
};

const pieces = ['a', 'FDS', '추천 시스템', '추천'.normalize('NFD'), '13:00', '2019-08-30', '0', '-1', '+5', '007', '1.5', '.5', '1e3', '0x1F', '0o7', '.inf',
  'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'NULL', 'Null', '~', '.NaN', '-.inf', '1_000', 'yes', 'no', 'null', '', ' ', ':', ': ', ' #', '#', 'a#b', 'C#', '[[전상현]]', '[', ']', '{', ',', '"', "'", '\\', '\\n', '\\u00e9', '\t',
  '-', '- ', '?', '*', '&', '!', '|', '>', '%', '@', '`', 'https://x.io/a#b', '님', 'it\'s', '\u00a0', '99999999999999999999'];
const token = fc.constantFrom(...pieces);
const text = fc.oneof(token, fc.array(token, { maxLength: 4 }).map((p) => p.join('')));
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('type', 'event', 'topics', 'my key', '발표자') },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom('null', '12', 'true', '__proto__', 'a:b', ' x'), text) },
);
const value = fc.oneof(
  token,
  text,
  text.map((t) => JSON.stringify(t)),
  fc.array(fc.oneof(text, text.map((t) => JSON.stringify(t))), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
);
const entry = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`) },
  fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(key, fc.array(value, { maxLength: 3 }), fc.constantFrom('  ', '', '    ')).map(([k, items, indent]) => [`${k}:`, ...items.map((v) => `${indent}- ${v}`)].join('\n')),
  fc.constantFrom('# comment', '', 'key:', 'key: value # note', '  nested: x', '---', '- x'),
);
const doc = fc.array(entry, { maxLength: 6 }).map((lines) => lines.join('\n'));

test('whenever the fast path answers, it answers what the full parser does', () => {
  let answered = 0;
  fc.assert(
    fc.property(doc, (yamlText) => {
      const fast = parseSimpleYaml(yamlText);
      if (fast === undefined) return;
      answered++;
      expect(fast).toEqual(full(yamlText));
    }),
    { numRuns: 20000, seed: 42 },
  );
  // The check means something only if the fast path answers often.
  expect(answered).toBeGreaterThan(4000);
});

test('the front matter of typical notes takes the fast path', () => {
  const typical = [
    'type: session',
    'event: "[[if(kakao) 2019]]"',
    'day: 2',
    'date: 2019-08-30',
    'time: "13:00"',
    'track: Track 1',
    'speakers: ["[[전상현]]", 김광섭님]',
    'org: 카카오뱅크',
    'topics: [FDS, anomaly detection]',
    'aliases:',
    '  - ifkakao2019',
    '  - 이프카카오',
    'slides: https://example.com/a#b',
    'private: false',
  ].join('\n');
  expect(parseSimpleYaml(typical)).toEqual(parse(typical, { schema: 'core' }));
});
