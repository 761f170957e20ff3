import { ConferenceIndex } from '../../../src/core/index/conference-index';
import { plainText } from '../../../src/core/text/plain-text';
import { note } from '../../helpers';

test.each([
  ['plain stays plain', '추천 시스템 A to Z', '추천 시스템 A to Z'],
  ['emphasis marks go', '**Kafka**로 만드는 _실시간_ 파이프라인', 'Kafka로 만드는 실시간 파이프라인'],
  ['links give their text', '[DEVIEW 2019](https://deview.kr) 후기', 'DEVIEW 2019 후기'],
  ['wikilinks give their alias or name', '[[if(kakao) 2019|이프 카카오]] 와 [[Kafka]]', '이프 카카오 와 Kafka'],
  ['code marks go, code kept', '`acks=all` 설정', 'acks=all 설정'],
  ['highlights and strikethrough go', '==핵심== ~~옛날~~ 정리', '핵심 옛날 정리'],
  ['images give their alt text', '![로고](logo.png) 소개', '로고 소개'],
  ['HTML tags go, entities read', '<b>A</b> &amp; B', 'A & B'],
  ['escapes read', '\\*별표\\* 그대로', '*별표* 그대로'],
  ['snake_case is not emphasis', 'read_only 모드', 'read_only 모드'],
  ['a lone < stays', 'I <3 Kafka', 'I <3 Kafka'],
])('%s', (_, input, expected) => {
  expect(plainText(input)).toBe(expected);
});

test('a title taken from a heading is plain text', () => {
  const index = new ConferenceIndex();
  index.rebuild([note('talk.md', '---\ntype: session\n---\n# **Kafka** in [production](https://x.io) with `acks`\n')]);
  expect(index.note('talk.md')?.title).toBe('Kafka in production with acks');
});
