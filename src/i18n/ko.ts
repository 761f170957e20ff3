/** 한국어 UI 문구. */
import type { StringKey } from './en';

export const ko: Record<StringKey, string> = {
  'settings.indexing': '색인',
  'settings.folders.name': '세션 폴더',
  'settings.folders.desc': '세션·행사 노트를 색인할 폴더를 한 줄에 하나씩 적습니다. 비워 두면 보관함 전체를 색인합니다.',
  'settings.topicPrefix.name': '주제 태그 접두어',
  'settings.topicPrefix.desc': '이 접두어 아래의 태그를 주제로 읽습니다. "topic"이면 #topic/fds 는 FDS 주제입니다.',
  'settings.speakerPrefix.name': '발표자 태그 접두어',
  'settings.speakerPrefix.desc': '이 접두어 아래의 태그를 발표자로 읽습니다. "speaker"이면 #speaker/전상현 은 그 발표자입니다.',
  'settings.properties': '속성 이름',
  'settings.properties.desc': '플러그인이 읽는 front matter 키입니다. 이미 쓰고 있는 노트에 맞게 바꾸세요.',
  'settings.property.desc': '"{name}"에 쓰는 front matter 키.',
  'command.search': '발표, 주제, 발표자 검색',
  'search.placeholder': '주제, 발표자, 발표 제목: 추천, ㅊㅊ, RecSys…',
  'search.empty': '찾은 것이 없습니다. 글자를 줄이거나 ㅊㅊ처럼 초성으로 찾아 보세요.',
  'search.kind.topic': '주제',
  'search.kind.speaker': '발표자',
  'search.kind.event': '행사',
  'search.kind.session': '발표',
  'search.talksOf': '{name}의 발표',
  'search.noTalks': '아직 이 항목이 붙은 발표가 없습니다.',
  'search.hint': '↑↓ 이동, enter 열기, mod+enter 새 탭',
  'notice.indexProblems': 'Conference notes: 노트 {count}개에 문제가 있습니다. 자세한 내용은 CLI의 lint 명령으로 확인하세요.',
};
