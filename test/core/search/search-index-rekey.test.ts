import { SearchIndex, type EntryInput } from '../../../src/core/search/search-index';
import { queryKeys } from '../../../src/core/search/keys';

// An entry keyed again with only a new weight stays in place; anything a hit shows or ranks by is taken.
const base: EntryInput = { kind: 'topic', id: 'recsys', label: 'Recommender systems', forms: ['RecSys', '추천 시스템'], weight: 1 };

const cases: [name: string, change: Partial<EntryInput>, shown: { weight: number; free?: true; alias: string }][] = [
  ['weight only', { weight: 7 }, { weight: 7, alias: 'RecSys' }],
  ['a topic notes spelled becomes known', { free: false }, { weight: 1, alias: 'RecSys' }],
  ['a known topic seen only in notes', { free: true }, { weight: 1, free: true, alias: 'RecSys' }],
  ['an alias spelled differently, same keys', { forms: ['RECSYS', '추천 시스템'] }, { weight: 1, alias: 'RECSYS' }],
];

test.each(cases)('%s', (_name, change, shown) => {
  const index = new SearchIndex();
  index.upsert({ ...base, free: change.free === false ? true : undefined });
  index.upsert({ ...base, ...change });
  const [hit] = index.candidates(queryKeys('RECSYS'), 5).filter((c) => c.entry.id === 'recsys');
  const alias = hit.entry.more?.find((f) => f.jamo === hit.form.jamo)?.text;
  expect({ weight: hit.entry.weight, ...(hit.entry.free ? { free: hit.entry.free } : {}), alias }).toEqual(shown);
});
