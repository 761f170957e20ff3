import { postLanguage } from '../../../src/core/export/language';

const CODE = '```python\nfor request in requests:\n    response = handler.process(request, timeout=30)\n```\n';

test.each([
  ['Korean notes full of English terms', ['TensorRT로 추론 서버 최적화하기', 'INT8 양자화와 batching으로 latency를 절반으로 줄였다.'], 'ko'],
  ['a Korean note with long English code', ['배포 자동화', `파이프라인을 이렇게 짰다.\n${CODE.repeat(5)}`], 'ko'],
  ['front matter keys do not count', ['---\ntype: session\nspeakers: [Brian Walsh]\ntopics: [Kubernetes, Observability, Service mesh]\n---\n# 관측 가능성\n메모'], 'ko'],
  ['NFD Hangul (macOS file names)', ['추천 시스템 회고'.normalize('NFD')], 'ko'],
  ['English notes naming Korean speakers', ['Scaling Kafka at Kakao', 'Talk by 김광섭 on running Kafka clusters with thousands of partitions.'], 'en'],
  ['nothing to go by', ['', '```\n코드만\n```'], 'en'],
])('%s → %s', (_, texts, language) => {
  expect(postLanguage(texts)).toBe(language);
});
