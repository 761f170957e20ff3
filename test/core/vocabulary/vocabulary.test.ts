import { BUILTIN_TOPICS } from '../../../src/core/vocabulary/builtin-topics';
import type { TopicNote } from '../../../src/core/note/model';
import { foldKey } from '../../../src/core/text/normalize';
import { Vocabulary } from '../../../src/core/vocabulary/vocabulary';

const topicNote = (name: string, aliases: string[]): TopicNote => ({ kind: 'topic', path: `Topics/${name}.md`, title: name, name, aliases });

describe('built-in vocabulary', () => {
  const vocabulary = new Vocabulary();

  test('has at least 80 topics', () => {
    expect(BUILTIN_TOPICS.length).toBeGreaterThanOrEqual(80);
  });

  test.each([
    ['fraud-detection', ['FDS', '이상거래탐지', '이상금융거래 탐지', 'fraud detection', '이상거래 탐지']],
    ['anomaly-detection', ['이상탐지', 'anomaly detection']],
    ['recommender-systems', ['추천시스템', '추천 시스템', 'Recommender System', 'RecSys']],
    ['matrix-factorization', ['Matrix Factorization', 'MF', '행렬 분해']],
    ['tensorrt', ['TensorRT', 'tensorrt']],
    ['ocr', ['OCR']],
    ['reinforcement-learning', ['강화학습', '강화 학습']],
    ['quantization', ['양자화']],
    ['gan', ['GAN']],
    ['autoencoder', ['autoencoder', '오토인코더']],
    ['kafka', ['Kafka']],
    ['kubernetes', ['Kubernetes', 'k8s']],
    ['llm', ['LLM']],
    ['rag', ['RAG']],
    ['mlops', ['MLOps']],
    ['computer-vision', ['컴퓨터 비전', 'computer vision']],
    ['demand-forecasting', ['수요 예측', '수요예측']],
    ['code-review', ['코드 리뷰']],
    ['developer-culture', ['개발 문화']],
  ])('%s is reached from every spelling', (id, forms) => {
    for (const form of forms) expect([form, vocabulary.resolve(form)]).toEqual([form, id]);
  });

  test('no surface form belongs to two topics', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const topic of BUILTIN_TOPICS) {
      for (const form of new Set([topic.id, topic.label, ...topic.aliases].map(foldKey))) {
        const other = owner.get(form);
        if (other !== undefined && other !== topic.id) clashes.push(`${form}: ${other} / ${topic.id}`);
        owner.set(form, topic.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('related topics exist and stay distinct', () => {
    const ids = new Set(BUILTIN_TOPICS.map((t) => t.id));
    for (const topic of BUILTIN_TOPICS) for (const r of topic.related ?? []) expect([topic.id, ids.has(r)]).toEqual([topic.id, true]);
    expect(vocabulary.get('fraud-detection')?.related).toContain('anomaly-detection');
    expect(vocabulary.resolve('이상탐지')).not.toBe(vocabulary.resolve('FDS'));
  });

  test('particles follow DESIGN.md §3', () => {
    expect(vocabulary.resolve('TensorRT를')).toBe('tensorrt');
    expect(vocabulary.resolve('#추천시스템을')).toBe('recommender-systems');
    expect(vocabulary.resolve('고양이')).toBeNull();
    expect(vocabulary.resolve('사과')).toBeNull();
    expect(vocabulary.resolve('대만')).toBeNull();
  });
});

describe('topic notes', () => {
  test('a note naming a known topic extends it and its name becomes the label', () => {
    const vocabulary = new Vocabulary(undefined, [topicNote('FDS', ['이상거래 적발', 'Fraud Detection System'])]);
    expect(vocabulary.resolve('이상거래 적발')).toBe('fraud-detection');
    const topic = vocabulary.get('fraud-detection')!;
    expect(topic.label).toBe('FDS');
    expect(topic.aliases).toEqual(expect.arrayContaining(['Fraud detection', '이상거래 적발']));
    expect(topic.notePath).toBe('Topics/FDS.md');
  });

  test('a note naming nothing known defines a new topic', () => {
    const vocabulary = new Vocabulary(undefined, [topicNote('벡터 타일', ['Vector Tiles'])]);
    expect(vocabulary.resolve('vector tiles')).toBe('벡터-타일');
    expect(vocabulary.resolve('벡터타일을')).toBe('벡터-타일');
    expect(vocabulary.get('벡터-타일')).toMatchObject({ label: '벡터 타일', aliases: ['Vector Tiles'] });
  });

  test('the result does not depend on the order notes come in', () => {
    const a = topicNote('Fraud', ['FDS']);
    const b = topicNote('FDS', ['사기']);
    expect(new Vocabulary(undefined, [a, b]).all()).toEqual(new Vocabulary(undefined, [b, a]).all());
  });
});
