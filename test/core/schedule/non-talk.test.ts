import { nonTalkReason } from '../../../src/core/schedule/non-talk';
import type { Talk } from '../../../src/core/schedule/programme';

const talk = (title: string, type?: string, speakers: string[] = []): Talk => ({ uid: '', title, type, speakers, topics: [] });

test.each([
  ['Coffee break', undefined, [], 'break'],
  ['Break', undefined, [], 'break'],
  ['Lunch', undefined, [], 'break'],
  ['점심', undefined, [], 'break'],
  ['점심 식사', undefined, [], 'break'],
  ['휴식', undefined, [], 'break'],
  ['쉬는 시간', undefined, [], 'break'],
  ['등록 및 입장', undefined, [], 'break'],
  ['Registration & coffee', undefined, [], 'break'],
  ['Doors open', undefined, [], 'break'],
  ['Anything at all', 'break', [], 'break'],
  ['Sponsor lounge', 'service', [], 'service'],
  ['Lunch', 'Lunch', ['Chef Kim'], 'lunch'],
  ['Opening keynote', 'keynote', ['A'], undefined],
  ['What lunch data taught us', undefined, ['Kim'], undefined],
  ['Breaking changes in TypeScript', undefined, [], undefined],
  ['등록 없이 쓰는 인증', 'lecture', ['이'], undefined],
])('%s (%s, %j) → %s', (title, type, speakers, reason) => {
  expect(nonTalkReason(talk(title, type, speakers))).toBe(reason);
});
