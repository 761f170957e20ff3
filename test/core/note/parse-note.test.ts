import { parseNote } from '../../../src/core/note/parse-note';
import { DEFAULT_SETTINGS, withDefaults } from '../../../src/core/note/settings';
import { md, note } from '../../helpers';

const parse = (path: string, text: string, settings = DEFAULT_SETTINGS) => parseNote(note(path, text), settings);

describe('title rule', () => {
  test('title property first', () => {
    expect(parse('a.md', md({ type: 'session', title: 'From property' }, '# From heading')).note.title).toBe('From property');
  });
  test('then the first level-one heading, which may hold : and /', () => {
    expect(parse('a.md', md({ type: 'session' }, '## Sub\n# Q&A: 1/2 ::\n# Second')).note.title).toBe('Q&A: 1/2 ::');
  });
  test('then the file name, composed to NFC', () => {
    expect(parse('x/금융사기'.normalize('NFD') + '.md', md({ type: 'session' })).note.title).toBe('금융사기');
  });
});

test('a full session note reads every field', () => {
  const text = md(
    {
      type: 'session',
      event: '[[if(kakao) 2019]]',
      day: 2,
      date: '2019-08-30',
      time: '9:05',
      track: 'Track 1',
      order: 3,
      speakers: ['[[전상현]]', '김광섭님'],
      org: '카카오뱅크',
      topics: ['FDS', 'anomaly detection'],
      status: 'attended',
      private: false,
      tags: ['topic/kafka', 'speaker/박지민', 'misc'],
    },
    '# Title\nText #TensorRT를 and #topic/ocr',
  );
  const { note: parsed, problems } = parse('s.md', text);
  expect(problems).toEqual([]);
  expect(parsed).toEqual({
    kind: 'session',
    path: 's.md',
    title: 'Title',
    event: { text: 'if(kakao) 2019', target: 'if(kakao) 2019' },
    day: 2,
    date: '2019-08-30',
    time: '09:05',
    track: 'Track 1',
    order: 3,
    speakers: [{ text: '전상현', target: '전상현' }, { text: '김광섭님' }, { text: '박지민' }],
    org: '카카오뱅크',
    topics: ['FDS', 'anomaly detection', 'kafka', 'ocr'],
    tagTerms: ['misc', 'TensorRT를'],
    slides: undefined,
    video: undefined,
    status: 'attended',
    private: false,
  });
});

describe('bad input becomes problems, never exceptions', () => {
  test('malformed YAML', () => {
    const result = parse('bad.md', '---\ntype: session\ntopics: [a, b\n---\n# Bad');
    expect(result.note).toMatchObject({ kind: 'other', title: 'Bad' });
    expect(result.problems[0]).toMatch(/^invalid front matter: /);
  });
  test('front matter that is a list', () => {
    expect(parse('l.md', '---\n- a\n- b\n---\n').problems).toEqual(['invalid front matter: it is not a list of properties']);
  });
  test('wrong value types', () => {
    const { note: parsed, problems } = parse('w.md', md({ type: 'session', day: 'two', date: 'yesterday', time: '25:00', status: 'maybe', order: [1] }));
    expect(parsed).toMatchObject({ kind: 'session', day: undefined, date: undefined, time: undefined, status: undefined });
    expect(problems).toEqual([
      'unknown status "maybe" (use planned, attended, watched, skipped, cancelled)',
      '"day" should be a number',
      '"order" should be a number',
      '"date" should be a date like 2019-08-30, not "yesterday"',
      '"time" should be a time like 13:00, not "25:00"',
    ]);
  });
  test.each([
    ['date', '2019-02-30', '"date" should be a date like 2019-08-30, not "2019-02-30"'],
    ['date', '2019-04-31', '"date" should be a date like 2019-08-30, not "2019-04-31"'],
    ['time', '99:99', '"time" should be a time like 13:00, not "99:99"'],
    ['time', '24:01', '"time" should be a time like 13:00, not "24:01"'],
    ['time', '12:60', '"time" should be a time like 13:00, not "12:60"'],
  ])('an impossible %s (%s) is a problem', (name, value, problem) => {
    const { note: parsed, problems } = parse('i.md', md({ type: 'session', [name]: value }));
    expect(parsed).toMatchObject({ kind: 'session', [name]: undefined });
    expect(problems).toEqual([problem]);
  });
  test('a property written twice is a problem on the note', () => {
    expect(parse('d.md', '---\ntype: session\ntime: "10:00"\ntime: "11:00"\n---\n')).toMatchObject({
      note: { kind: 'session', time: '11:00' },
      problems: ['front matter: property "time" is written twice: the last value is used (Obsidian ignores front matter with repeated properties)'],
    });
  });
  test('missing values are normal', () => {
    const { note: parsed, problems } = parse('m.md', md({ type: 'session' }));
    expect(problems).toEqual([]);
    expect(parsed).toMatchObject({ kind: 'session', speakers: [], topics: [], private: false, event: undefined });
  });
  test('no metadata at all', () => {
    expect(parseNote({ path: 'n.md', meta: null }, DEFAULT_SETTINGS).note).toEqual({ kind: 'other', path: 'n.md', title: 'n' });
  });
});

test('property names and tag prefixes are configurable', () => {
  const settings = withDefaults({ props: { ...DEFAULT_SETTINGS.props, type: '분류', topics: '주제', speakers: '발표자' }, topicTagPrefix: '주제' });
  const text = md({ 분류: 'session', 주제: ['FDS'], 발표자: ['[[전상현]]'] }, '#주제/kafka');
  const parsed = parse('c.md', text, settings).note;
  expect(parsed).toMatchObject({ kind: 'session', topics: ['FDS', 'kafka'], speakers: [{ text: '전상현', target: '전상현' }] });
});

test('sessions outside the indexed folders are other notes; speakers anywhere count', () => {
  const settings = withDefaults({ folders: ['Conferences'] });
  expect(parse('Inbox/s.md', md({ type: 'session' }), settings).note.kind).toBe('other');
  expect(parse('Conferences/s.md', md({ type: 'session' }), settings).note.kind).toBe('session');
  expect(parse('People/전상현.md', md({ type: 'speaker', aliases: ['Sanghyun'] }), settings).note).toMatchObject({ kind: 'speaker', name: '전상현', aliases: ['Sanghyun'] });
});

test('a Jekyll post moved into the vault reads as a session', () => {
  const text = ['---', 'layout: post', 'type: session', 'title: "Kafka로 만든 실시간 추천', 'continued"', 'date: 2019-08-30 10:00:00 +0900', 'categories: [conference, ifkakao]', 'tags: kafka fds', '---', ''].join('\n');
  const { note: parsed, problems } = parse('_posts/2019-08-30-kafka.md', text);
  expect(problems).toEqual([]);
  expect(parsed).toMatchObject({ kind: 'session', title: 'Kafka로 만든 실시간 추천 continued', date: '2019-08-30', tagTerms: ['kafka', 'fds'] });
});

describe('a speaker and a company in one string', () => {
  test.each([
    [{ speakers: 'William Morgan, Buoyant' }, [{ text: 'William Morgan' }], 'Buoyant', ['"speakers: William Morgan, Buoyant" reads as one speaker and a company: write speakers: [William Morgan] and org: Buoyant']],
    [{ speakers: '전상현, 카카오뱅크', org: '카카오뱅크' }, [{ text: '전상현' }], '카카오뱅크', ['"speakers: 전상현, 카카오뱅크" reads as one speaker and a company: write speakers: [전상현] and org: 카카오뱅크']],
    [{ speakers: '전상현, 김광섭' }, [{ text: '전상현' }, { text: '김광섭' }], undefined, []],
    [{ speakers: ['William Morgan', 'Buoyant'] }, [{ text: 'William Morgan' }, { text: 'Buoyant' }], undefined, []],
  ])('%j', (props, speakers, org, problems) => {
    expect(parse('s.md', md({ type: 'session', ...props }))).toEqual({ note: expect.objectContaining({ speakers, org }) as unknown, problems });
  });

  test('the fix names the properties as the settings call them', () => {
    const settings = withDefaults({ props: { ...DEFAULT_SETTINGS.props, speakers: '발표자', org: '소속' } });
    expect(parse('s.md', md({ type: 'session', 발표자: 'Kelsey Hightower, Google' }), settings).problems).toEqual([
      '"발표자: Kelsey Hightower, Google" reads as one speaker and a company: write 발표자: [Kelsey Hightower] and 소속: Google',
    ]);
  });
});

test.each([
  [['[[Service mesh]]', 'Cloud native'], ['Service mesh', 'Cloud native']],
  ['Service mesh, 클라우드 네이티브', ['Service mesh', '클라우드 네이티브']],
  [undefined, undefined],
])('a topic note reads broader: %j', (broader, expected) => {
  const parsed = parse('Topics/Istio.md', md({ type: 'topic', ...(broader === undefined ? {} : { broader }) })).note;
  expect(parsed).toMatchObject({ kind: 'topic', name: 'Istio' });
  expect((parsed as { broader?: string[] }).broader).toEqual(expected);
});
