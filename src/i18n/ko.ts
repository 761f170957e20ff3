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
  'notice.indexProblems': 'Conference notes: 노트 {count}개에 문제가 있습니다. 자세한 내용은 CLI의 lint 명령으로 확인하세요.',
};
