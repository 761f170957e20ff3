/**
 * The Korean and English search cases of DESIGN.md §4, shared by the tests and
 * the benchmark: each query must bring its target into the top 5.
 */
import { imeStates } from './ime';

export interface SearchCase {
  query: string;
  /** What the case shows. */
  why: string;
  kind: 'topic' | 'speaker';
  id: string;
}

const states = (word: string, id: string): SearchCase[] =>
  imeStates(word).map((query) => ({ query, why: `IME state of ${word}`, kind: 'topic' as const, id }));

/** `speakerPart` is part of a speaker's name in the vault under test (`상현` for 전상현). */
export function searchCases(speaker: { id: string; part: string }): SearchCase[] {
  return [
    ...states('추천', 'recommender-systems'),
    ...states('이상탐지', 'anomaly-detection'),
    ...states('강화학습', 'reinforcement-learning'),
    { query: 'ㅊㅊ', why: 'initial consonants', kind: 'topic', id: 'recommender-systems' },
    { query: 'ㅇㅅㅌㅈ', why: 'initial consonants', kind: 'topic', id: 'anomaly-detection' },
    { query: '추쳔', why: 'one-jamo typo', kind: 'topic', id: 'recommender-systems' },
    { query: '강화헉습', why: 'one-jamo typo', kind: 'topic', id: 'reinforcement-learning' },
    { query: 'matrix factorizaton', why: 'Latin typo', kind: 'topic', id: 'matrix-factorization' },
    { query: 'reinforcment learning', why: 'Latin typo', kind: 'topic', id: 'reinforcement-learning' },
    { query: '강화 학습', why: 'spacing', kind: 'topic', id: 'reinforcement-learning' },
    { query: '추천 시스템', why: 'spacing', kind: 'topic', id: 'recommender-systems' },
    { query: '이상탐지'.normalize('NFD'), why: 'NFD input', kind: 'topic', id: 'anomaly-detection' },
    { query: 'tensorrt', why: 'case', kind: 'topic', id: 'tensorrt' },
    { query: 'TENSORRT', why: 'case', kind: 'topic', id: 'tensorrt' },
    { query: 'RecSys', why: 'alias to canonical topic', kind: 'topic', id: 'recommender-systems' },
    { query: 'FDS', why: 'alias to canonical topic', kind: 'topic', id: 'fraud-detection' },
    { query: '행렬 분해', why: 'Korean alias to canonical topic', kind: 'topic', id: 'matrix-factorization' },
    { query: speaker.part, why: 'partial speaker name', kind: 'speaker', id: speaker.id },
  ];
}
