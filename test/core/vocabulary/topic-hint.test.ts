import { closeTopic, knownKeys } from '../../../src/core/vocabulary/topic-hint';
import { Vocabulary } from '../../../src/core/vocabulary/vocabulary';

const known = knownKeys(new Vocabulary().entries());

describe('an unknown topic is called close to a known one only when truly close', () => {
  test.each([
    // Short acronyms are names of their own (the wrong hints of issue 12).
    ['REST', null],
    ['CI', null],
    ['RPC', null],
    ['AKS', null],
    ['PaaS', null],
    ['SLA', null],
    ['SLI', null],
    ['gRPCs', null],
    ['MLOp', null],
    // Never across scripts.
    ['쿠버네티스', null],
    ['러스트', null],
    ['Kubernetess', 'kubernetes'],
    // The distance allowed grows with the length.
    ['Kuberentes', 'kubernetes'],
    ['Kubernets', 'kubernetes'],
    ['Tensorflw', 'tensorflow'],
    ['Elasticsaerch', 'elasticsearch'],
    ['Pytorh', 'pytorch'],
    ['Pytroch', null],
    ['Prometheu', 'prometheus'],
    ['Recomender systems', 'recommender-systems'],
    ['Obsrvability', 'observability'],
    ['Quantum basket weaving', null],
    ['Django ORM', null],
    ['Serverles', 'serverless'],
    ['Paas platform', null],
    // Hangul: three syllables at least, compared by jamo.
    ['추쳔시스템', 'recommender-systems'],
    ['쿠버네티즈', 'kubernetes'],
    ['보완', null],
    ['테스토', 'testing'],
    ['고양이', null],
    ['', null],
    ['123456', null],
  ])('%s → %s', (written, id) => {
    expect(closeTopic(written, known)).toBe(id);
  });
});
