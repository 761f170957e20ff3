import fc from 'fast-check';
import { ConferenceIndex } from '../../../src/core/index/conference-index';
import { indexJson } from '../../../src/core/index/index-json';
import { renameAcross, renameRule, type VaultNote } from '../../../src/core/rename/rename-vault';
import { note } from '../../helpers';

const A = ['Istio', '이스티오', 'istio', 'Vector tiles', 'vector-tiles'];
const OTHERS = ['Service mesh', '서비스 메시', 'Kafka', 'Envoy', 'Map tiles', 'FDS'];
const SHAPES = ['flow', 'quoted', 'block', 'comma'] as const;

interface Model {
  topics: string[];
  tags: string[];
  shape: (typeof SHAPES)[number];
}

function text(m: Model): string {
  const list =
    m.shape === 'flow'
      ? `topics: [${m.topics.join(', ')}]`
      : m.shape === 'quoted'
        ? `topics: [${m.topics.map((t) => JSON.stringify(t)).join(', ')}]`
        : m.shape === 'comma'
          ? `topics: ${m.topics.join(', ')}`
          : `topics:\n${m.topics.map((t) => `  - ${t}`).join('\n')}`;
  const tags = m.tags.map((t) => `#topic/${t.replace(/\s+/g, '-')}`).join(' ');
  return `---\ntype: session\ntitle: Talk\n${list}\n---\n# Talk\n${tags}\n`;
}

const build = (notes: VaultNote[]): ConferenceIndex => {
  const index = new ConferenceIndex();
  index.rebuild(notes.map((n) => note(n.path, n.text)));
  return index;
};

/** The index as JSON, with each session's topics in a fixed order (a merge may reorder them). */
const view = (index: ConferenceIndex): unknown => {
  const json = indexJson(index);
  return { ...json, sessions: json.sessions.map((s) => ({ ...s, topics: [...s.topics].sort() })) };
};

const modelArb = fc.record({
  topics: fc.array(fc.constantFrom(...A, ...OTHERS), { minLength: 1, maxLength: 4 }),
  tags: fc.array(fc.constantFrom(...A, ...OTHERS), { maxLength: 2 }),
  shape: fc.constantFrom(...SHAPES),
});

test('merge A into B, then the index equals a fresh build where every A is B', () => {
  fc.assert(
    fc.property(fc.array(modelArb, { minLength: 1, maxLength: 6 }), fc.constantFrom('Istio', 'Vector tiles'), fc.constantFrom('Service mesh', 'Map tiles', 'Kafka'), (models, from, into) => {
      const vault = models.map((m, i) => ({ path: `s${i}.md`, text: text(m) }));
      const before = build(vault);
      const rule = renameRule(before, 'topic', from, into);
      const changes = new Map(renameAcross(vault, rule).map((c) => [c.path, c.after]));
      const merged = vault.map((n) => ({ path: n.path, text: changes.get(n.path) ?? n.text }));
      const isA = (t: string): boolean => rule.isSource({ text: t });
      const fresh = models.map((m, i) => ({ path: `s${i}.md`, text: text({ ...m, topics: m.topics.map((t) => (isA(t) ? into : t)), tags: m.tags.map((t) => (isA(t) ? into : t)) }) }));
      expect(view(build(merged))).toEqual(view(build(fresh)));
      // Notes without A are never touched.
      vault.forEach((n, i) => {
        if (![...models[i].topics, ...models[i].tags].some(isA)) expect(changes.has(n.path)).toBe(false);
      });
    }),
    { numRuns: 150 },
  );
});
