import type { TopicDef } from '../topic-def';

/** Built-in topics: talk formats. */
export const TOPICS_FORMATS: readonly TopicDef[] = [
  { id: 'keynote', label: 'Keynote', ko: '키노트', aliases: ['keynote speech', '기조연설', '기조 연설', 'opening keynote', '오프닝 키노트', 'closing keynote'] },
  { id: 'lightning-talk', label: 'Lightning talk', ko: '라이트닝 토크', aliases: ['lightning talks', 'LT', '라이트닝톡', '5-minute talk', '5분 발표'] },
  { id: 'panel-discussion', label: 'Panel discussion', ko: '패널 토론', aliases: ['panel', '패널', '패널 토의', 'fireside chat', '대담'] },
  { id: 'workshop', label: 'Workshop', ko: '워크숍', aliases: ['workshop session', '워크샵', 'hands-on lab', '핸즈온', 'hands-on'] },
  { id: 'tutorial', label: 'Tutorial', ko: '튜토리얼', aliases: ['tutorials', '강좌', '튜토리얼 세션'] },
  { id: 'sprints', label: 'Development sprints', ko: '코드 스프린트', aliases: ['sprints', 'sprint', '스프린트', 'code sprint', 'PyCon sprints'], broader: ['open-source'] },
  { id: 'poster-session', label: 'Poster session', ko: '포스터 세션', aliases: ['poster', '포스터', 'poster presentation', '포스터 발표'] },
  { id: 'birds-of-a-feather', label: 'Birds of a feather', ko: 'BoF 세션', aliases: ['BoF', 'birds-of-a-feather', 'BoF session', '오픈 스페이스', 'open space'] },
  { id: 'sponsor-talk', label: 'Sponsor talk', ko: '스폰서 발표', aliases: ['sponsored talk', 'sponsor session', '스폰서 세션', '후원사 발표'] },
  { id: 'case-study', label: 'Case study', ko: '사례 발표', aliases: ['case study talk', '적용 사례', '도입 사례', '도입기', '개발기', '회고록'] },
  { id: 'live-coding', label: 'Live coding', ko: '라이브 코딩', aliases: ['live demo', '라이브 데모', 'live-coding', '라이브코딩'] },
  { id: 'ask-me-anything', label: 'Q&A session', ko: 'Q&A 세션', aliases: ['AMA', 'ask me anything', 'Q&A', '질의응답'] },
  { id: 'book-talk', label: 'Book talk', ko: '책 이야기', aliases: ['book review', '북 토크', '북토크', '저자와의 대화'] },
  { id: 'career-talk', label: 'Career talk', ko: '커리어 토크', aliases: ['career session', '커리어 세션', 'job fair', '채용 설명회'], broader: ['developer-career'] },
  { id: 'unconference', label: 'Unconference', ko: '언컨퍼런스', aliases: ['언컨퍼런스 세션', 'open space technology'] },
];
