/**
 * An export asked for by name, as the Node CLI and Obsidian's CLI take it:
 * one of session, event (with a day or not, or as a trip report) or topic,
 * a profile, a language.
 */
import type { ConferenceIndex } from '../index/conference-index';
import type { Selection } from './compose';
import { findTopic } from '../index/find-topic';
import { isLanguageChoice, type LanguageChoice } from './language';
import { PROFILES, type Profile } from './options';

export interface ExportArgs {
  session?: string;
  event?: string;
  day?: string;
  topic?: string;
  profile?: string;
  lang?: string;
  toc?: boolean;
  /** The event as a trip report (summary of takeaways, topics, the talks). */
  tripReport?: boolean;
}

export interface ExportRequest {
  selection: Selection;
  profile: Profile;
  /** Absent: the settings decide. */
  language?: LanguageChoice;
  toc: boolean;
  /** The topic an alias matched, when the words given were not its own name. */
  matchedTopic?: string;
}

/** `usage`: the request is malformed (CLI exit 2); otherwise it names something the vault lacks (exit 1). */
export class ExportArgsError extends Error {
  constructor(
    message: string,
    readonly usage: boolean,
  ) {
    super(message);
  }
}

/** `findSession` turns the words given for a session into its vault path (each host finds notes its own way). */
export function exportRequest(index: ConferenceIndex, a: ExportArgs, findSession: (given: string) => string): ExportRequest {
  const usage = (message: string): ExportArgsError => new ExportArgsError(message, true);
  if (a.profile === undefined || !PROFILES.includes(a.profile as Profile)) throw usage(`export needs --profile ${PROFILES.join('|')}`);
  const chosen = [a.session, a.event, a.topic].filter((x) => x !== undefined).length;
  if (chosen !== 1) throw usage('export needs one of --session <path>, --event <id> [--day N] or --topic <name>');
  if (a.lang !== undefined && !isLanguageChoice(a.lang)) throw usage('--lang takes auto, en or ko');
  if (a.tripReport === true && (a.event === undefined || a.day !== undefined)) throw usage('--trip-report takes a whole event: --event <id>, without --day');
  const request = { profile: a.profile as Profile, language: a.lang, toc: a.toc === true };
  if (a.session !== undefined) return { ...request, selection: { kind: 'session', path: findSession(a.session) } };
  if (a.topic !== undefined) {
    let topic;
    try {
      topic = findTopic(index, a.topic);
    } catch (e) {
      throw e instanceof RangeError ? new ExportArgsError(e.message, false) : e;
    }
    return { ...request, selection: { kind: 'topic', topic: topic.id }, matchedTopic: topic.matched };
  }
  const event = index.catalog.resolveEvent({ text: a.event ?? '' });
  if (event === null) throw new ExportArgsError(`unknown event "${a.event}"`, false);
  if (a.tripReport === true) return { ...request, selection: { kind: 'trip', event } };
  if (a.day === undefined) return { ...request, selection: { kind: 'event', event } };
  const day = Number(a.day);
  if (!Number.isInteger(day) || day < 1) throw usage(`--day takes a whole number from 1, not "${a.day}"`);
  return { ...request, selection: { kind: 'day', event, day } };
}
