import fc from 'fast-check';
import { parse } from 'yaml';
import { frontMatter } from '../../../src/core/note/front-matter-writer';
import { extractMeta } from '../../../src/node/extract';

const tricky = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(': # " \' [[ ]] - null yes 2020-11-16', '[[전상현]]', '김광섭님', 'true', '~', '- item', '#tag', 'a: b', '"', "'", '\\', '\n', 'line\nbreak', '추천'.normalize('NFD'), ' lead', 'trail ', '@', '`', '%', '\t', '\u2028', '{}', '[]', '&anchor', '*alias', '!tag', '|', '>'),
  fc.array(fc.constantFrom('a', ':', ' ', '#', '"', "'", '[', ']', '\n', '추', '천', 'ᄎ', 'ᅮ'), { maxLength: 12 }).map((xs) => xs.join('')),
);

test('every value reads back exactly, through YAML and through the note extractor', () => {
  fc.assert(
    fc.property(
      fc.record({ title: tricky, event: tricky, org: tricky, speakers: fc.array(tricky, { maxLength: 3 }), topics: fc.array(tricky, { maxLength: 3 }), day: fc.integer({ min: -5, max: 40 }), private: fc.boolean() }),
      (props) => {
        const block = frontMatter(props);
        const expected = JSON.parse(JSON.stringify(props)) as unknown;
        expect(parse(block.slice(4, -4), { schema: 'core' })).toEqual(expected);
        expect(extractMeta(`${block}# body`).frontmatter).toEqual(expected);
      },
    ),
    { numRuns: 500, seed: 7 },
  );
});

test('keys that YAML would read as something else are quoted (whole output)', () => {
  expect(frontMatter({ type: 'session', 주제: ['FDS'], null: 1, 'my key': true, 'a:b': null, '': 'x', speakers: [] })).toBe(
    ['---', 'type: "session"', '주제:', '  - "FDS"', '"null": 1', 'my key: true', '"a:b": null', '"": "x"', 'speakers: []', '---', ''].join('\n'),
  );
});
