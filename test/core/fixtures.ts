/** A small vault of notes in memory, for core tests. */
import type { NoteInput } from '../../src/core/note/note-meta';
import { md, note } from '../helpers';

export const event = (name: string, start: string, extra: Record<string, unknown> = {}): NoteInput =>
  note(`Events/${name}.md`, md({ type: 'event', series: name.split(' ')[0], edition: Number(start.slice(0, 4)), start, ...extra }));

export const session = (path: string, props: Record<string, unknown>, body = ''): NoteInput => note(path, md({ type: 'session', ...props }, body));

export const speaker = (name: string, aliases: string[] = []): NoteInput => note(`People/${name}.md`, md({ type: 'speaker', aliases }));

export const topic = (name: string, aliases: string[] = []): NoteInput => note(`Topics/${name}.md`, md({ type: 'topic', aliases }));

export function sampleNotes(): NoteInput[] {
  return [
    event('if(kakao) 2019', '2019-08-29', { aliases: ['ifkakao2019'] }),
    event('if(kakao) 2020', '2020-11-16'),
    speaker('김광섭', ['루카스', 'Lucas']),
    topic('FDS', ['이상거래 적발']),
    session('2019/fds.md', { event: '[[if(kakao) 2019]]', date: '2019-08-30', time: '13:00', track: 'T1', speakers: ['[[전상현]]'], topics: ['FDS', 'anomaly detection'] }, '# 금융사기 잡는 데이터 사이언스'),
    session('2019/rec.md', { event: '[[ifkakao2019]]', date: '2019-08-30', time: '10:00', track: 'T1', speakers: ['김광섭님'], topics: ['추천시스템', 'MF'] }, '# 추천 A to Z'),
    session('2019/ocr.md', { event: '[[if(kakao) 2019]]', day: 2, time: '10:00', track: 'T2', speakers: ['[[박지민]]'], topics: ['OCR'] }, '# OCR 엔진'),
    session('2019/k8s.md', { event: '[[if(kakao) 2019]]', date: '2019-08-30', time: '14:00', track: 'T1', speakers: ['전상현 님'], topics: ['Kubernetes'] }, '# 쿠버네티스'),
    session('2020/fds.md', { event: '[[if(kakao) 2020]]', date: '2020-11-16', time: '11:00', speakers: ['[[정하늘]]'], topics: ['이상금융거래 탐지'] }, '# 이상금융거래 탐지 고도화'),
    session('2020/rec.md', { event: '[[if(kakao) 2020]]', date: '2020-11-17', time: '11:00', speakers: ['[[루카스]]'], topics: ['RecSys', '행렬 분해'] }, '# Recommender System at Kakao'),
    session('2020/day1-first.md', { event: '[[if(kakao) 2020]]', date: '2020-11-16', time: '10:00', order: 1, speakers: ['Brian Walsh'], topics: ['LLM'] }, '# Keynote'),
    session('loose.md', { speakers: ['Lucas'], topics: ['Kuberentes'] }, '# No event'),
    session('ghost.md', { event: '[[DEVIEW 2018]]', topics: ['피처 스토어'] }, '# Unknown event'),
  ];
}
