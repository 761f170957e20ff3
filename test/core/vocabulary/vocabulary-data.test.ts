import { BUILTIN_TOPICS } from '../../../src/core/vocabulary/builtin-topics';
import type { TopicNote } from '../../../src/core/note/model';
import { foldKey } from '../../../src/core/text/normalize';
import { Vocabulary } from '../../../src/core/vocabulary/vocabulary';

const vocabulary = new Vocabulary();
const ids = new Set(BUILTIN_TOPICS.map((t) => t.id));

describe('built-in vocabulary data', () => {
  test('at least 400 topics, ids unique', () => {
    expect(BUILTIN_TOPICS.length).toBeGreaterThanOrEqual(400);
    expect(ids.size).toBe(BUILTIN_TOPICS.length);
  });

  test('every topic has an English and a Korean label', () => {
    const missing = BUILTIN_TOPICS.filter((t) => t.label.trim() === '' || (t.ko ?? '').trim() === '').map((t) => t.id);
    expect(missing).toEqual([]);
  });

  test('no folded form (id, label, ko, alias) is claimed by two topics', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const topic of BUILTIN_TOPICS) {
      for (const form of new Set([topic.id, topic.label, topic.ko ?? '', ...topic.aliases].map(foldKey).filter((k) => k !== ''))) {
        const other = owner.get(form);
        if (other !== undefined) clashes.push(`${form}: ${other} / ${topic.id}`);
        owner.set(form, topic.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('every broader and related id exists, and no topic is its own broader', () => {
    const bad: string[] = [];
    for (const t of BUILTIN_TOPICS) {
      for (const b of [...(t.broader ?? []), ...(t.related ?? [])]) if (!ids.has(b) || b === t.id) bad.push(`${t.id} → ${b}`);
    }
    expect(bad).toEqual([]);
  });

  test('no cycle in broader', () => {
    const broader = new Map(BUILTIN_TOPICS.map((t) => [t.id, t.broader ?? []]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'open') {
        cycles.push([...path, id].join(' → '));
        return;
      }
      state.set(id, 'open');
      for (const b of broader.get(id) ?? []) visit(b, [...path, id]);
      state.set(id, 'done');
    };
    for (const id of ids) visit(id, []);
    expect(cycles).toEqual([]);
  });

  // Every spelling the issue names, in both languages, lands on its own topic.
  test.each([
    ['testing', ['testing', '테스트', '테스트 코드']],
    ['security', ['security', '보안', '정보보안']],
    ['debugging', ['debugging', '디버깅', '트러블슈팅']],
    ['django', ['Django', '장고', 'DRF']],
    ['flask', ['Flask', '플라스크']],
    ['asyncio', ['asyncio']],
    ['pytest', ['pytest', '파이테스트']],
    ['helm', ['Helm', '헬름', 'Helm chart']],
    ['linkerd', ['Linkerd']],
    ['jenkins', ['Jenkins', '젠킨스']],
    ['open-policy-agent', ['Open Policy Agent', 'OPA', 'Rego']],
    ['kubeflow', ['Kubeflow', '큐브플로우']],
    ['kubernetes-operators', ['Kubernetes operators', 'operator pattern', '쿠버네티스 오퍼레이터']],
    ['functional-programming', ['functional programming', '함수형 프로그래밍', 'FP']],
    ['clean-architecture', ['clean architecture', '클린 아키텍처', '클린아키텍처']],
    ['dependency-injection', ['dependency injection', '의존성 주입', 'DI']],
    ['mvvm', ['MVVM', 'ViewModel']],
    ['pwa', ['PWA', 'Progressive Web App']],
    ['webview', ['WebView', '웹뷰']],
    ['gradle', ['Gradle', '그래들']],
    ['rxjava', ['RxJava', 'RxJava2']],
    ['keynote', ['keynote', '키노트', '기조연설']],
    ['lightning-talk', ['lightning talk', '라이트닝 토크', 'LT']],
    ['istio', ['Istio', '이스티오']],
    ['envoy', ['Envoy', 'Envoy Proxy', 'EnvoyCon']],
    ['service-mesh', ['service mesh', '서비스 메시']],
    ['argo-cd', ['Argo CD', 'ArgoCD']],
    ['gitops', ['GitOps', '깃옵스']],
    ['aws-lambda', ['AWS Lambda']],
    ['serverless', ['serverless', '서버리스', 'FaaS']],
    ['slo', ['SLO', 'error budget']],
    ['sre', ['SRE', '사이트 신뢰성 엔지니어링']],
    ['rest-api', ['REST', 'REST API', 'RESTful']],
    ['ci-cd', ['CI', 'CI/CD']],
  ])('%s is reached from every spelling', (id, forms) => {
    for (const form of forms) expect([form, vocabulary.resolve(form)]).toEqual([form, id]);
  });

  test.each([
    ['istio', ['service-mesh', 'cloud-native', 'cloud-computing']],
    ['argo-cd', ['gitops', 'ci-cd', 'devops']],
    ['aws-lambda', ['serverless', 'aws']],
    ['slo', ['sre', 'devops']],
    ['pytest', ['python', 'unit-testing', 'testing']],
  ])('%s sits under %j', (id, ancestors) => {
    for (const a of ancestors) expect([a, vocabulary.descendants(a).includes(id)]).toEqual([a, true]);
  });
});

describe('hierarchy and labels', () => {
  const note = (name: string, broader?: string[]): TopicNote => ({ kind: 'topic', path: `Topics/${name}.md`, title: name, name, aliases: [], ...(broader ? { broader } : {}) });

  test('broader, narrower and descendants of the built-in data', () => {
    expect(vocabulary.broader('istio')).toEqual(['service-mesh']);
    expect(vocabulary.broader('service-mesh')).toEqual(['cloud-native']);
    expect(vocabulary.narrower('service-mesh').sort()).toEqual(['envoy', 'istio', 'linkerd']);
    expect(vocabulary.descendants('cloud-native')).toEqual(expect.arrayContaining(['service-mesh', 'istio', 'kubernetes', 'helm']));
    expect(vocabulary.descendants('istio')).toEqual([]);
    expect(vocabulary.broader('no-such-topic')).toEqual([]);
  });

  test("a topic note's broader names join the hierarchy, resolved by any spelling", () => {
    const v = new Vocabulary(undefined, [note('Ambient mode', ['이스티오']), note('Istio', ['cloud native', 'nowhere'])]);
    expect(v.broader('ambient-mode')).toEqual(['istio']);
    // Unknown names are skipped; the built-in broader stays.
    expect(v.broader('istio')).toEqual(['service-mesh', 'cloud-native']);
    expect(v.descendants('service-mesh')).toEqual(expect.arrayContaining(['istio', 'ambient-mode']));
  });

  test('a cycle made by notes does not hang descendants', () => {
    const v = new Vocabulary(undefined, [note('Cloud native', ['Istio'])]);
    expect(v.descendants('istio')).toEqual(expect.arrayContaining(['cloud-native', 'service-mesh']));
    expect(v.descendants('istio')).not.toContain('istio');
  });

  test.each([
    ['recommender-systems', 'en', 'Recommender systems'],
    ['recommender-systems', 'ko', '추천 시스템'],
    ['feature-store', 'ko', '피처 스토어'],
    ['kubernetes', 'ko', 'Kubernetes'],
    ['unknown', 'ko', 'unknown'],
  ])('label(%s, %s) is %s', (id, lang, label) => {
    expect(vocabulary.label(id, lang)).toBe(label);
  });

  test("a topic note's name is the label in every language", () => {
    const v = new Vocabulary(undefined, [note('추천')]);
    expect(v.label('추천', 'en')).toBe('추천');
    const named = new Vocabulary(undefined, [{ ...note('RecSys'), aliases: [] }]);
    expect([named.label('recommender-systems', 'ko'), named.label('recommender-systems', 'en')]).toEqual(['RecSys', 'RecSys']);
  });
});
