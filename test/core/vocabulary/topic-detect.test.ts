import { detectTopics } from '../../../src/core/vocabulary/topic-detect';
import { Vocabulary } from '../../../src/core/vocabulary/vocabulary';

test('topics in the prose, with counts, particles handled and code ignored (whole output)', () => {
  const text = [
    '---',
    'topics: [Kafka]',
    '---',
    '# 추천 시스템과 MF',
    '- 행렬 분해로 추천시스템을 만들고 anomaly detection 도 했다. TensorRT를 썼다.',
    '- 고양이 사진 분류 (사과, 대만)',
    '```python',
    'kafka = Kafka()  # Kubernetes',
    '```',
    'inline `Kubernetes` and %%FDS%% are not counted; RecSys is.',
  ].join('\n');
  expect(detectTopics(text, new Vocabulary())).toEqual([
    { id: 'recommender-systems', count: 3 },
    { id: 'matrix-factorization', count: 2 },
    { id: 'anomaly-detection', count: 1 },
    { id: 'tensorrt', count: 1 },
  ]);
});
