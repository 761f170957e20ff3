/**
 * @jest-environment jsdom
 */
import { loadApp } from '../fake-obsidian';
import { SAMPLE_VAULT } from '../helpers';
import { loadPlugin } from './load-plugin';

/** The titles a `conference-topic` block lists for what is written in it. */
async function topicBlock(): Promise<(source: string) => string[]> {
  const { plugin } = await loadPlugin(loadApp(SAMPLE_VAULT));
  const blocks = (plugin as unknown as { codeBlocks: Map<string, (s: string, el: HTMLElement, ctx: unknown) => unknown> }).codeBlocks;
  return (source) => {
    const el = document.body.createDiv();
    blocks.get('conference-topic')!(source, el, { sourcePath: 'x.md', addChild: (c: { load(): void }) => c.load() });
    return [...el.querySelectorAll('li a')].map((a) => a.textContent ?? '');
  };
}

test.each([
  ['FDS: its own talks', 'FDS', ['이상금융거래 탐지 시스템 고도화', '금융사기 잡는 카카오뱅크의 데이터 사이언스']],
  ['anomaly detection: its own talks and FDS talks, each once', '이상 탐지', ['이상금융거래 탐지 시스템 고도화', '오토인코더와 GAN으로 만드는 이상탐지', '금융사기 잡는 카카오뱅크의 데이터 사이언스']],
  [
    'deep learning, which no note names: the talks of GAN and autoencoders, each once',
    'Deep learning',
    ['이상금융거래 탐지 시스템 고도화', '오토인코더와 GAN으로 만드는 이상탐지', 'GAN으로 만드는 캐릭터 이미지', '금융사기 잡는 카카오뱅크의 데이터 사이언스'],
  ],
])('conference-topic, %s', async (_, source, titles) => {
  const block = await topicBlock();
  expect(block(source)).toEqual(titles);
});
