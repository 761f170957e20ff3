/**
 * Topics with talks as a tree along `broader` (Istio under Service mesh under
 * Cloud native): every topic a talk carries, every broader topic above it, and
 * per topic the talks of it and of all its narrower topics, each talk once.
 */
import type { ConferenceIndex } from './conference-index';
import type { SessionRecord } from './session-record';
import type { Vocabulary } from '../vocabulary/vocabulary';

export interface TopicNode {
  id: string;
  /** Talks tagged with this topic itself. */
  own: SessionRecord[];
  /** Talks of this topic and of every narrower one, each once. */
  all: Set<SessionRecord>;
  /** Directly narrower topics that have talks somewhere below them. */
  children: string[];
}

export interface TopicTree {
  nodes: Map<string, TopicNode>;
  /** Topics under no shown broader topic (and any a cycle in topic notes would otherwise hide). */
  roots: string[];
}

/** The topic and every topic above it, each once even where two paths meet or notes make a cycle. */
export function withBroader(vocabulary: Vocabulary, id: string): string[] {
  const above = [id];
  for (let i = 0; i < above.length; i++) for (const b of vocabulary.broader(above[i])) if (!above.includes(b)) above.push(b);
  return above;
}

/** The last tree built per index, with the revision it was built at: the pane redraws often between changes. */
const built = new WeakMap<ConferenceIndex, { revision: number; tree: TopicTree }>();

export function topicTree(index: ConferenceIndex): TopicTree {
  const last = built.get(index);
  if (last?.revision === index.revision) return last.tree;
  const tree = buildTree(index);
  built.set(index, { revision: index.revision, tree });
  return tree;
}

function buildTree(index: ConferenceIndex): TopicTree {
  const vocabulary = index.catalog.vocabulary;
  const nodes = new Map<string, TopicNode>();
  const node = (id: string): TopicNode => {
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { id, own: [], all: new Set(), children: [] }));
    return n;
  };
  for (const id of index.topicIds()) {
    const own = index.sessionsOfTopic(id);
    node(id).own = own;
    for (const a of withBroader(vocabulary, id)) {
      const n = node(a);
      for (const s of own) n.all.add(s);
    }
  }
  for (const n of nodes.values()) n.children = vocabulary.narrower(n.id).filter((c) => nodes.has(c));
  const roots = [...nodes.values()].filter((n) => !vocabulary.broader(n.id).some((b) => nodes.has(b))).map((n) => n.id);
  const reached = new Set(roots);
  const queue = [...roots];
  for (let i = 0; i < queue.length; i++) {
    for (const c of nodes.get(queue[i])!.children) {
      if (!reached.has(c)) {
        reached.add(c);
        queue.push(c);
      }
    }
  }
  for (const id of nodes.keys()) if (!reached.has(id)) roots.push(id);
  return { nodes, roots };
}
