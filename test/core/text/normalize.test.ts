import { termAt } from '../../../src/core/vocabulary/term-at';
import { foldKey, personKey, slugId, stripHonorific, termKey } from '../../../src/core/text/normalize';

const known = new Set(['추천시스템', 'tensorrt', 'kafka']);
const isKnown = (k: string): boolean => known.has(k);

describe('foldKey', () => {
  test.each([
    ['NFD input is composed first', '추천'.normalize('NFD'), '추천'],
    ['Latin case is folded', 'TensorRT', 'tensorrt'],
    ['spacing does not matter', '강화 학습', '강화학습'],
    ['hyphens and underscores are spacing', 'anomaly-detection_system', 'anomalydetectionsystem'],
    ['tabs and non-breaking spaces too', 'Matrix\tFactorization\u00a0x', 'matrixfactorizationx'],
  ])('%s', (_, input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });
});

describe('termKey strips a trailing particle only when safe', () => {
  test.each([
    ['after a Latin run', 'TensorRT를', 'tensorrt'],
    ['after a digit run', 'K8s로', 'k8s'],
    ['으로 before 로', 'RAG으로', 'rag'],
    ['when what remains is known', '추천시스템을', '추천시스템'],
    ['a known term is kept whole', 'Kafka', 'kafka'],
    ['NFD with a particle', '추천시스템을'.normalize('NFD'), '추천시스템'],
  ])('%s: %s → %s', (_, input, expected) => {
    expect(termKey(input, isKnown)).toBe(expected);
  });

  test.each(['고양이', '사과', '대만', '나는', '바다에'])('never blindly: %s stays a word', (word) => {
    expect(termKey(word, isKnown)).toBe(word);
  });

  test('a lone particle stays', () => {
    expect(termKey('를', isKnown)).toBe('를');
  });
});

describe('honorific 님', () => {
  test.each([
    ['김광섭님', '김광섭'],
    ['김광섭 님', '김광섭'],
    ['  전상현님 ', '전상현'],
    ['김광섭', '김광섭'],
    ['님', '님'],
  ])('%s → %s', (input, expected) => {
    expect(stripHonorific(input)).toBe(expected);
  });

  test('personKey merges spellings of one name', () => {
    expect(new Set(['김광섭님', '김광섭 님', '김광섭', '김광섭'.normalize('NFD')].map(personKey))).toEqual(new Set(['김광섭']));
    expect(personKey('Lucas Kim')).toBe(personKey('lucas  kim'));
  });
});

test('slugId keeps scripts and joins words with hyphens', () => {
  expect(slugId(' Feature Store ')).toBe('feature-store');
  expect(slugId('피처 스토어')).toBe('피처-스토어');
});

test('nfc composes what needs it and leaves the rest', () => {
  expect(foldKey('\u212b')).toBe('å');
  expect(foldKey('Cafe\u0301')).toBe('café');
  expect(foldKey('ㅊㅊ 추천 — “x”')).toBe('ㅊㅊ추천—“x”');
});

describe('termAt finds the term under the cursor', () => {
  test.each([
    ['오늘 #TensorRT를 봤다', 6, 'TensorRT를'],
    ['#topic/fds 관련', 3, 'topic/fds'],
    ['MF와 추천', 0, 'MF와'],
    ['end of sentence RAG.', 19, 'RAG'],
    ['  ', 1, ''],
  ])('%s at %i → %s', (line, ch, expected) => {
    expect(termAt(line, ch)).toBe(expected);
  });
});
