import { ConferenceIndex } from '../../../src/core/index/conference-index';
import { renameInNote } from '../../../src/core/rename/rename-note';
import { renameRule, type RenameKind } from '../../../src/core/rename/rename-vault';

const index = new ConferenceIndex();
index.rebuild([]);
const apply = (kind: RenameKind, from: string, to: string, text: string): string => renameInNote(text, renameRule(index, kind, from, to)).text;

// [case, kind, from, to, before, after]: everything outside the changed values is byte for byte the same.
const CASES: [string, RenameKind, string, string, string, string][] = [
  ['flow list, plain', 'topic', 'Istio', 'Service mesh', '---\ntype: session\ntopics: [Istio, Kafka]\n---\n# T\n', '---\ntype: session\ntopics: [Service mesh, Kafka]\n---\n# T\n'],
  ['flow list, double quotes', 'topic', 'Istio', 'Service mesh', '---\ntopics: ["Istio", "Kafka"]\n---\n', '---\ntopics: ["Service mesh", "Kafka"]\n---\n'],
  ['flow list, single quotes', 'topic', 'Istio', "Mesh's", "---\ntopics: ['Istio', 'Kafka']\n---\n", "---\ntopics: ['Mesh''s', 'Kafka']\n---\n"],
  ['alias spellings of the same topic become one', 'topic', 'Kubernetes', 'K8s platform', '---\ntopics: [k8s, 쿠버네티스, Kafka]\n---\n', '---\ntopics: [K8s platform, Kafka]\n---\n'],
  ['block list, odd indent and comment', 'topic', 'Istio', 'Service mesh', '---\ntopics:\n    - Kafka\n    - Istio   # mesh\n    - "Envoy"\nday: 1\n---\nbody\n', '---\ntopics:\n    - Kafka\n    - Service mesh   # mesh\n    - "Envoy"\nday: 1\n---\nbody\n'],
  ['block list at column 0, CRLF', 'topic', 'Istio', 'Service mesh', '---\r\ntopics:\r\n- Istio\r\n- Kafka\r\n---\r\nText\r\n', '---\r\ntopics:\r\n- Service mesh\r\n- Kafka\r\n---\r\nText\r\n'],
  ['comma string', 'topic', 'Istio', 'Service mesh', '---\ntopics: Kafka, Istio\n---\n', '---\ntopics: Kafka, Service mesh\n---\n'],
  ['single value', 'topic', 'Istio', 'Service mesh', '---\ntopics: Istio\n---\n', '---\ntopics: Service mesh\n---\n'],
  ['a value that needs quotes in a flow list', 'topic', 'Istio', 'Mesh, the good parts', '---\ntopics: [Istio]\n---\n', '---\ntopics: ["Mesh, the good parts"]\n---\n'],
  ['merge drops a repeat (block)', 'topic', 'Istio', 'Service mesh', '---\ntopics:\n  - Service mesh\n  - Istio\n  - Kafka\n---\n', '---\ntopics:\n  - Service mesh\n  - Kafka\n---\n'],
  ['merge drops a repeat (flow, first)', 'topic', 'Istio', 'Service mesh', '---\ntopics: [Istio, 서비스 메시]\n---\n', '---\ntopics: [서비스 메시]\n---\n'],
  ['merge drops a repeat (flow, later)', 'topic', 'Istio', 'Service mesh', '---\ntopics: [Kafka, service mesh, Istio]\n---\n', '---\ntopics: [Kafka, service mesh]\n---\n'],
  ['body tags, not in code', 'topic', 'Istio', 'Service mesh', '---\ntopics: []\n---\nSee #topic/Istio and #Topic/istio.\n`#topic/Istio` stays\n```\n#topic/Istio\n```\n# Heading #topic/istio\n', '---\ntopics: []\n---\nSee #topic/Service-mesh and #Topic/Service-mesh.\n`#topic/Istio` stays\n```\n#topic/Istio\n```\n# Heading #topic/Service-mesh\n'],
  ['front-matter tags', 'topic', 'Istio', 'Service mesh', '---\ntags: [topic/Istio, misc, "#topic/Istio"]\n---\n', '---\ntags: [topic/Service-mesh, misc, "#topic/Istio"]\n---\n'],
  ['other properties never change', 'topic', 'Istio', 'Service mesh', '---\ntitle: Istio in production\ntopic: Istio\naliases: [Istio]\n---\nIstio #istio\n', '---\ntitle: Istio in production\ntopic: Istio\naliases: [Istio]\n---\nIstio #istio\n'],
  ['no front matter', 'topic', 'Istio', 'Service mesh', 'Just #topic/Istio here', 'Just #topic/Service-mesh here'],
  ['BOM kept', 'topic', 'Istio', 'Service mesh', '\uFEFF---\ntopics: [Istio]\n---\n', '\uFEFF---\ntopics: [Service mesh]\n---\n'],
  ['speaker wikilink, flow and block', 'speaker', '김광섭', '김광섬', '---\nspeakers: ["[[김광섭]]", 전상현]\n---\n', '---\nspeakers: ["[[김광섬]]", 전상현]\n---\n'],
  ['speaker wikilink unquoted in a block', 'speaker', '김광섭', '김광섬', '---\nspeakers:\n  - [[김광섭]]\n  - 김광섭님\n---\n#speaker/김광섭\n', '---\nspeakers:\n  - [[김광섬]]\n---\n#speaker/김광섬\n'],
  ['speaker honorific and link with a display text', 'speaker', '김광섭', 'Kim Kwangsub', "---\nspeakers: ['[[People/김광섭|광섭]]']\n---\n", "---\nspeakers: ['[[Kim Kwangsub]]']\n---\n"],
  ['unquoted links stay unquoted (scalar and flow)', 'speaker', '김광섭', '김광섬', '---\nspeakers: [[김광섭]]\nhosts: [[김광섭]]\n---\n', '---\nspeakers: [[김광섬]]\nhosts: [[김광섭]]\n---\n'],
  ['an unquoted link in a flow list', 'topic', 'Istio', 'Service mesh', '---\ntopics: [[[Istio]], Kafka]\n---\n', '---\ntopics: [[[Service mesh]], Kafka]\n---\n'],
  ['speaker rename leaves topics alone', 'speaker', 'Kafka', 'X', '---\ntopics: [Kafka]\nspeakers: [Kafka]\n---\n', '---\ntopics: [Kafka]\nspeakers: [X]\n---\n'],
  ['unknown topic by its spelling', 'topic', 'Vector tiles', '벡터 타일', '---\ntopics: [vector-tiles, Kafka]\n---\n', '---\ntopics: [벡터 타일, Kafka]\n---\n'],
  ['not a front-matter block', 'topic', 'Istio', 'Service mesh', 'text\n---\ntopics: [Istio]\n---\n', 'text\n---\ntopics: [Istio]\n---\n'],
  ['a multi-line flow list is left alone', 'topic', 'Istio', 'Service mesh', '---\ntopics: [Istio,\n  Kafka]\n---\n', '---\ntopics: [Istio,\n  Kafka]\n---\n'],
];

describe('rename and merge change only the values and tags', () => {
  test.each(CASES)('%s', (_name, kind, from, to, before, after) => {
    expect(apply(kind, from, to, before)).toBe(after);
  });

  test('the changes are described one per line', () => {
    const rule = renameRule(index, 'topic', 'Istio', 'Service mesh');
    expect(renameInNote('---\ntopics: [Istio, Service mesh]\n---\n#topic/istio\n', rule).changes).toEqual(['topics: Istio removed (already Service mesh)', '#topic/istio → #topic/Service-mesh']);
    expect(renameInNote('---\ntopics: [Istio]\n---\n', rule).changes).toEqual(['topics: Istio → Service mesh']);
  });
});
