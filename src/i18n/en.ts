/** English UI text; every key here must exist in ko.ts too (checked by the type). */
export const en = {
  'settings.indexing': 'Indexing',
  'settings.folders.name': 'Session folders',
  'settings.folders.desc': 'Folders whose session and event notes are indexed, one per line. Leave empty to index the whole vault.',
  'settings.topicPrefix.name': 'Topic tag prefix',
  'settings.topicPrefix.desc': 'Tags under this prefix name topics: with "topic", #topic/fds tags the topic FDS.',
  'settings.speakerPrefix.name': 'Speaker tag prefix',
  'settings.speakerPrefix.desc': 'Tags under this prefix name speakers: with "speaker", #speaker/전상현 tags that speaker.',
  'settings.properties': 'Property names',
  'settings.properties.desc': 'The front matter keys the plugin reads. Change them to match notes you already have.',
  'settings.property.desc': 'Front matter key for "{name}".',
  'command.search': 'Search talks, topics and speakers',
  'search.placeholder': 'Topic, speaker or talk: 추천, ㅊㅊ, RecSys…',
  'search.empty': 'Nothing found. Try fewer letters, or initial consonants such as ㅊㅊ.',
  'search.kind.topic': 'Topic',
  'search.kind.speaker': 'Speaker',
  'search.kind.event': 'Event',
  'search.kind.session': 'Talk',
  'search.talksOf': 'Talks of {name}',
  'search.noTalks': 'No talks are tagged with this yet.',
  'search.hint': '↑↓ to move, enter to open, mod+enter in a new tab',
  'notice.indexProblems': 'Conference notes: {count} notes have problems. Run the CLI lint command for details.',
};

export type StringKey = keyof typeof en;
