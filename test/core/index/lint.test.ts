import { ConferenceIndex } from '../../../src/core/index/conference-index';
import { lint } from '../../../src/core/index/lint';
import { note } from '../../helpers';
import { event, sampleNotes, session, speaker } from '../fixtures';

test('lint reports every kind of problem across notes (whole output)', () => {
  const index = new ConferenceIndex();
  index.rebuild([
    ...sampleNotes(),
    note('Other/if(kakao) 2019.md', '---\ntype: event\n---\n'),
    speaker('김광섬'),
    session('typo.md', { event: '[[if(kakao) 2020]]', speakers: ['김광섬'], topics: ['추쳔시스템', 'Tensor RT'] }),
    note('broken.md', '---\ntype: session\ntopics: [a, b\n---\n'),
  ]);
  expect(lint(index)).toEqual([
    { path: 'Other/if(kakao) 2019.md', message: 'another event note is also named "if(kakao) 2019" (Events/if(kakao) 2019.md)' },
    { path: 'broken.md', message: 'invalid front matter: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1' },
    { path: 'ghost.md', message: 'unknown event "DEVIEW 2018": no event note has that name or alias' },
    { path: 'loose.md', message: 'session has no event: add an "event" link to its event note' },
    { path: 'loose.md', message: 'unknown topic "Kuberentes" is close to "Kubernetes": fix the spelling or add a topic note' },
    { path: 'typo.md', message: 'speaker "김광섬" looks like "김광섭": use one spelling or add an alias to the speaker note' },
    { path: 'typo.md', message: 'unknown topic "추쳔시스템" is close to "Recommender systems": fix the spelling or add a topic note' },
  ]);
});

test('a clean vault has no problems', () => {
  const index = new ConferenceIndex();
  index.rebuild([event('DEVIEW 2019', '2019-10-28'), session('a.md', { event: '[[DEVIEW 2019]]', topics: ['OCR'], speakers: ['[[전상현]]'] })]);
  expect(lint(index)).toEqual([]);
});

test('a speaker that is an organisation elsewhere in the vault, and a name with its company in one string', () => {
  const index = new ConferenceIndex();
  index.rebuild([
    event('DEVIEW 2019', '2019-10-28'),
    speaker('카카오'),
    session('a.md', { event: '[[DEVIEW 2019]]', speakers: ['[[전상현]]'], org: '카카오뱅크' }),
    session('b.md', { event: '[[DEVIEW 2019]]', speakers: '김광섭, 카카오뱅크' }),
    session('c.md', { event: '[[DEVIEW 2019]]', speakers: 'William Morgan, Buoyant' }),
    // A speaker note makes 카카오 a person here, though d.md gives it as an org.
    session('d.md', { event: '[[DEVIEW 2019]]', speakers: ['카카오'], org: '카카오' }),
  ]);
  expect(lint(index)).toEqual([
    { path: 'b.md', message: 'speaker "카카오뱅크" is also an organisation in the vault: if it is the company, write org: 카카오뱅크 and remove it from speakers' },
    { path: 'c.md', message: '"speakers: William Morgan, Buoyant" reads as one speaker and a company: write speakers: [William Morgan] and org: Buoyant' },
  ]);
});
