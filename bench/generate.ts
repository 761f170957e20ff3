/**
 * Deterministic generated vaults for benchmarks: N Korean-heavy session notes
 * of about 2 KB, with event hubs, varied topic spellings, honorifics and
 * inline tags carrying particles. The same N always gives the same files.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_TOPICS } from '../src/core/vocabulary/builtin-topics';

/** mulberry32: small, fast and reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '김이박최정강조윤장임한오서신권황안송전홍';
const GIVEN = '민서지현준우도윤하은상광섭수진채원태영호성연';
const SERIES = ['if(kakao)', 'DEVIEW', 'FEConf', 'PyCon KR', 'NVIDIA GTC', 'AWS Summit Seoul', 'NDC', 'SOSCON'];
const PARTICLES = ['을', '를', '은', '는', '이', '가', '로', '으로', '와', '과', '의', '에', '도', ''];
const SENTENCES = [
  '지도학습 모델은 정상 거래와 사기 거래의 비율이 극단적으로 불균형하다는 점을 먼저 다뤘다.',
  '언더샘플링과 오버샘플링을 함께 쓰고 loss 비율을 1:10으로 맞췄다고 한다.',
  '실시간 파이프라인에서 지연 시간을 줄이기 위해 배치 크기를 조정했다.',
  '모델 서빙 단계에서 GPU 메모리 사용량을 줄이는 방법이 인상적이었다.',
  '오프라인 지표와 온라인 A/B 테스트 결과가 다르게 나오는 이유를 설명했다.',
  '팀 문화와 코드 리뷰 방식이 결국 서비스 품질로 이어진다는 이야기가 기억에 남는다.',
  '데이터 수집부터 피처 엔지니어링까지 자동화한 과정을 단계별로 보여 줬다.',
  'Q. 임계값은 어떻게 정하나요? => 운영 데이터로 주기적으로 다시 맞춘다고 답했다.',
];

export interface GeneratedVault {
  dir: string;
  sessions: number;
  bytes: number;
}

/**
 * Topic popularity follows Zipf's law over the vocabulary's order (machine
 * learning first), as talk topics do: a few are everywhere, most are rare.
 */
const ZIPF_CUMULATIVE = (() => {
  const weights = BUILTIN_TOPICS.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let run = 0;
  return weights.map((w) => (run += w / total));
})();

function zipf(r: () => number): number {
  const x = r();
  const i = ZIPF_CUMULATIVE.findIndex((c) => c >= x);
  return i === -1 ? ZIPF_CUMULATIVE.length - 1 : i;
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function speakerName(i: number): string {
  return SURNAMES[i % SURNAMES.length] + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] + GIVEN[Math.floor(i / 7) % GIVEN.length];
}

/** Writes the vault under `root` unless a complete copy is already there. */
export function generateVault(root: string, sessions: number, perEvent = 50): GeneratedVault {
  // The version changes whenever the generator does, so a stale copy is never reused.
  const dir = join(root, perEvent === 50 ? `vault-v2-${sessions}` : `vault-v2-${sessions}-per-${perEvent}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8')) as GeneratedVault;
  rmSync(dir, { recursive: true, force: true });
  const r = rng(sessions);
  const eventCount = Math.ceil(sessions / perEvent);
  const speakerCount = Math.max(20, Math.floor(sessions / 5));
  let bytes = 0;
  const write = (path: string, text: string): void => {
    const abs = join(dir, path);
    mkdirSync(join(abs, '..'), { recursive: true });
    writeFileSync(abs, text);
    bytes += Buffer.byteLength(text);
  };
  for (let e = 0; e < eventCount; e++) {
    const series = SERIES[e % SERIES.length];
    const year = 2010 + Math.floor(e / SERIES.length);
    write(`Conferences/${series}/${year}/${series} ${year}.md`, `---\ntype: event\nseries: ${JSON.stringify(series)}\nedition: ${year}\nstart: ${year}-09-01\nend: ${year}-09-02\n---\n# ${series} ${year}\n`);
  }
  for (let i = 0; i < sessions; i++) {
    const e = i % eventCount;
    const series = SERIES[e % SERIES.length];
    const year = 2010 + Math.floor(e / SERIES.length);
    const topics = Array.from({ length: 2 + Math.floor(r() * 3) }, () => {
      const t = BUILTIN_TOPICS[zipf(r)];
      return pick(r, [t.label, ...t.aliases]);
    });
    const speakers = Array.from({ length: 1 + Math.floor(r() * 2) }, () => {
      const name = speakerName(Math.floor(r() * speakerCount));
      const form = r();
      return form < 0.5 ? `"[[${name}]]"` : form < 0.8 ? `${name}님` : `${name} 님`;
    });
    const day = 1 + Math.floor(r() * 2);
    const time = `${String(9 + Math.floor(r() * 9)).padStart(2, '0')}:${r() < 0.5 ? '00' : '30'}`;
    const title = `${pick(r, topics)} 실전 적용기 ${i}`;
    const tagged = topics.map((t) => `#${t.replace(/[\s()]/g, '')}${pick(r, PARTICLES)}`);
    const body: string[] = [`# ${title}`, '## 메모'];
    while (Buffer.byteLength(body.join('\n')) < 1500) body.push(`- ${pick(r, SENTENCES)} ${r() < 0.3 ? pick(r, tagged) : ''}`);
    body.push('## 질문', `- ${SENTENCES[7]}`, '## 후기', `- ${pick(r, SENTENCES)} ${tagged[0]}`, '## 출처', `- https://example.com/${i}`);
    const text = [
      '---',
      'type: session',
      `event: "[[${series} ${year}]]"`,
      `day: ${day}`,
      `date: ${year}-09-0${day}`,
      `time: "${time}"`,
      `track: Track ${1 + Math.floor(r() * 3)}`,
      `speakers: [${speakers.join(', ')}]`,
      `org: ${pick(r, ['카카오', '카카오뱅크', '네이버', '라인', '쿠팡', '토스'])}`,
      `topics: [${topics.map((t) => JSON.stringify(t)).join(', ')}]`,
      `status: ${pick(r, ['attended', 'watched', 'planned'])}`,
      '---',
      ...body,
      '',
    ].join('\n');
    write(`Conferences/${series}/${year}/session-${String(i).padStart(6, '0')}.md`, text);
  }
  const info: GeneratedVault = { dir, sessions, bytes };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}
