/**
 * Property: after any edits to a programme, a re-import leaves every talk's
 * owned properties as a fresh import of the edited programme would write
 * them, and every other byte of the user's notes as it was.
 */
import fc from 'fast-check';
import { builtinTemplate } from '../../../src/core/capture/templates';
import { ConferenceIndex } from '../../../src/core/index/conference-index';
import { DEFAULT_SETTINGS } from '../../../src/core/note/settings';
import { replaceCallout } from '../../../src/core/schedule/abstract-callout';
import { planImport } from '../../../src/core/schedule/plan-import';
import type { Programme, Talk } from '../../../src/core/schedule/programme';
import { rewriteProperties } from '../../../src/core/schedule/rewrite-properties';
import { ownedNames } from '../../../src/core/schedule/talk-note';
import { extractMeta } from '../../../src/node/extract';
import { note } from '../../helpers';

type Vault = Map<string, string>;
const OWNED = new Set(ownedNames(DEFAULT_SETTINGS));

function importInto(vault: Vault, programme: Programme): void {
  const index = new ConferenceIndex(DEFAULT_SETTINGS, { pool: false });
  index.rebuild([...vault].map(([path, text]) => note(path, text)));
  const id = index.catalog.resolveEvent({ text: programme.conference.title ?? '' });
  const event = id === null ? undefined : index.catalog.events.get(id);
  const existing = event === undefined ? [] : index.sessionsOfEvent(event.id).map((s) => ({ path: s.path, props: extractMeta(vault.get(s.path) ?? '').frontmatter ?? {}, text: vault.get(s.path) ?? '' }));
  const plan = planImport({ programme, event, existing, template: { body: builtinTemplate('talk-en')?.body ?? '', extra: {} }, catalog: index.catalog, settings: DEFAULT_SETTINGS, exists: (p) => vault.has(p), now: new Date(0) });
  if (plan.event.create) vault.set(plan.event.create.path, plan.event.create.text);
  for (const c of plan.created) vault.set(c.path, c.text);
  for (const u of plan.updated) {
    let text = rewriteProperties(vault.get(u.path) ?? '', u.props) ?? '';
    if (u.callout !== undefined) text = replaceCallout(text, u.callout);
    vault.set(u.path, text);
  }
}

/** A note's owned values, by uid. */
function ownedByUid(vault: Vault): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const text of vault.values()) {
    const fm = extractMeta(text).frontmatter ?? {};
    if (typeof fm.uid !== 'string') continue;
    out.set(fm.uid, Object.fromEntries(Object.entries(fm).filter(([k]) => OWNED.has(k))));
  }
  return out;
}

/** Everything the programme does not own: owned keys' lines and the callout taken out. */
function userPart(text: string): string {
  const lines = text.split('\n');
  const close = lines.indexOf('---', 1);
  const kept: string[] = [];
  let skipping = false;
  lines.forEach((line, i) => {
    if (i > 0 && i < close) {
      const key = /^([^\s:]+):/.exec(line)?.[1];
      if (key !== undefined) skipping = OWNED.has(key);
      if (skipping) return;
    }
    kept.push(line);
  });
  return replaceCallout(kept.join('\n'), '> [!abstract]- Abstract');
}

const TITLES = ['Opening', 'Rust: 실전', '"Quoted" #tag', '추천 시스템', 'A [[link]] | pipe', 'Same', 'Same'];
const talkArb = (uid: string): fc.Arbitrary<Talk> =>
  fc.record({
    uid: fc.constant(uid),
    title: fc.constantFrom(...TITLES),
    date: fc.constantFrom('2024-08-30', '2024-08-31'),
    start: fc.constantFrom('09:00', '10:30', '13:00'),
    end: fc.constantFrom('09:40', '11:00', '13:45'),
    track: fc.constantFrom('Hall A', 'Hall B', '트랙 1'),
    speakers: fc.uniqueArray(fc.constantFrom('Kim Minji', '이서준', 'Ola'), { maxLength: 2 }),
    topics: fc.constant([]),
    abstract: fc.option(fc.constantFrom('Short.', 'Two\n\nparagraphs.', '# looks like a heading'), { nil: undefined }),
  });

const programmeArb = fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 5 }).chain((ids) => fc.tuple(...ids.map((i) => talkArb(`u${i}`))));
const programme = (talks: Talk[]): Programme => ({ format: 'frab-json', conference: { title: 'Prop Conf 2024', start: '2024-08-30', end: '2024-08-31', timeZone: 'Asia/Seoul' }, talks });

test('re-import after random edits = fresh import on owned properties; the user part byte-identical', () => {
  fc.assert(
    fc.property(programmeArb, programmeArb, (first, second) => {
      const vault: Vault = new Map();
      importInto(vault, programme(first));
      // The user writes in every talk note.
      for (const [path, text] of vault) vault.set(path, text.replace('\n---\n', '\nrating: 5\n---\n').concat('\nmy own line\n'));
      const before = new Map(vault);
      importInto(vault, programme(second));
      const fresh: Vault = new Map();
      importInto(fresh, programme(second));
      // Nothing duplicated: one note per uid.
      const uids = [...vault.values()].map((t) => extractMeta(t).frontmatter?.uid).filter((u) => u !== undefined);
      expect(new Set(uids).size).toBe(uids.length);
      const got = ownedByUid(vault);
      for (const [uid, owned] of ownedByUid(fresh)) expect(got.get(uid)).toEqual(owned);
      for (const [path, text] of before) expect(userPart(vault.get(path) ?? '')).toBe(userPart(text));
    }),
    { numRuns: 150 },
  );
});
