/** Problems across notes (DESIGN.md §5 `lint`), on top of the ones found in single notes. */
import type { ConferenceIndex } from './conference-index';
import { deletions, editDistance } from '../text/edit-distance';
import { toJamo } from '../text/hangul';
import { speakerName, topicLabel } from './listings';
import type { Problem } from '../note/note-meta';
import { personKey } from '../text/normalize';
import { closeTopic, knownKeys } from '../vocabulary/topic-hint';

export function lint(index: ConferenceIndex): Problem[] {
  const problems = [...index.noteProblemList(), ...eventProblems(index), ...unknownTopics(index), ...speakerTwins(index), ...speakersThatAreOrgs(index)];
  return problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.message < b.message ? -1 : 1));
}

function eventProblems(index: ConferenceIndex): Problem[] {
  const out: Problem[] = [];
  for (const s of index.sessions()) {
    if (s.eventText === undefined) out.push({ path: s.path, message: 'session has no event: add an "event" link to its event note' });
    else if (s.event === undefined) out.push({ path: s.path, message: `unknown event "${s.eventText}": no event note has that name or alias` });
  }
  return out;
}

/**
 * Topics outside the vocabulary: a likely misspelling of a known topic when one is
 * truly close (`closeTopic`), otherwise how to make it a topic of its own.
 */
function unknownTopics(index: ConferenceIndex): Problem[] {
  const vocabulary = index.catalog.vocabulary;
  const known = knownKeys(vocabulary.entries());
  const type = index.settings.props.type;
  const out: Problem[] = [];
  for (const id of index.topicIds()) {
    if (vocabulary.get(id)) continue;
    const written = topicLabel(index, id);
    const match = closeTopic(written, known);
    const message =
      match === null
        ? `unknown topic "${written}": not in the vocabulary; to keep it, add a topic note "${written}" with ${type}: topic (aliases: other spellings)`
        : `unknown topic "${written}" is close to "${topicLabel(index, match)}": fix the spelling or add a topic note`;
    for (const s of index.sessionsOfTopic(id)) out.push({ path: s.path, message });
  }
  return out;
}

/** Speakers one letter apart (`김광섭` / `김광섬`): likely one person spelled two ways. */
function speakerTwins(index: ConferenceIndex): Problem[] {
  const keys = index.speakerKeys().filter((k) => toJamo(k).length >= 5);
  const byVariant = new Map<string, string[]>();
  for (const key of keys) {
    for (const variant of new Set(deletions(toJamo(key)))) {
      const list = byVariant.get(variant);
      if (list) list.push(key);
      else byVariant.set(variant, [key]);
    }
  }
  const pairs = new Set<string>();
  for (const list of byVariant.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = list[i] < list[j] ? [list[i], list[j]] : [list[j], list[i]];
        if (editDistance(toJamo(a), toJamo(b), 1) <= 1) pairs.add(`${a}\n${b}`);
      }
    }
  }
  const out: Problem[] = [];
  for (const pair of [...pairs].sort()) {
    const [a, b] = pair.split('\n');
    // The spelling used less is the likely slip; the problem goes on its first session.
    const [odd, usual] = index.sessionsOfSpeaker(a).length <= index.sessionsOfSpeaker(b).length ? [a, b] : [b, a];
    const first = index.sessionsOfSpeaker(odd).map((s) => s.path).sort()[0];
    const message = `speaker "${speakerName(index, odd)}" looks like "${speakerName(index, usual)}": use one spelling or add an alias to the speaker note`;
    if (first) out.push({ path: first, message });
  }
  return out;
}

/**
 * A speaker whose name is some note's `org` (`speakers: 전상현, 카카오뱅크` where
 * other talks say `org: 카카오뱅크`): likely the company, written among the
 * speakers. A speaker with a speaker note is a person, whatever the orgs say.
 */
function speakersThatAreOrgs(index: ConferenceIndex): Problem[] {
  const orgs = new Map<string, string>();
  for (const s of index.sessions()) if (s.org !== undefined) orgs.set(personKey(s.org), s.org);
  for (const note of index.catalog.speakers.values()) if (note.org !== undefined) orgs.set(personKey(note.org), note.org);
  const p = index.settings.props;
  const out: Problem[] = [];
  for (const s of index.sessions()) {
    for (const key of s.speakers) {
      const org = orgs.get(key);
      if (org === undefined || index.catalog.speakers.has(key)) continue;
      out.push({ path: s.path, message: `speaker "${speakerName(index, key)}" is also an organisation in the vault: if it is the company, write ${p.org}: ${org} and remove it from ${p.speakers}` });
    }
  }
  return out;
}
