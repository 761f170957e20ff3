/** Notes as read from their metadata, before names are resolved against each other. */
import type { Ref } from './values';

/** `cancelled`: the programme dropped the talk (a re-import may mark it so). */
export type SessionStatus = 'planned' | 'attended' | 'watched' | 'skipped' | 'cancelled';

interface NoteBase {
  path: string;
  /** `title` property, else first `# ` heading, else file name. */
  title: string;
}

/** What an event note says of the event: read from its properties, or filled in by the new-event form. */
export interface EventFields {
  series?: string;
  edition?: string;
  start?: string;
  end?: string;
  venue?: string;
  url?: string;
  /** IANA zone of the programme's times (`tz` or `time_zone`), e.g. `Asia/Seoul`. */
  timeZone?: string;
}

export interface EventNote extends NoteBase, EventFields {
  kind: 'event';
  /** File name without `.md`: `if(kakao) 2019`. */
  id: string;
  aliases: string[];
}

export interface SessionNote extends NoteBase {
  kind: 'session';
  event?: Ref;
  day?: number;
  date?: string;
  time?: string;
  /** End time, `HH:MM` in the event's local time (the `end` property of a session). */
  end?: string;
  track?: string;
  order?: number;
  speakers: Ref[];
  org?: string;
  /** Topic surface forms from `topics` and from `#topic/…` tags. */
  topics: string[];
  /** Plain inline tags (`#TensorRT를`); they count as topics only when the vocabulary knows them. */
  tagTerms: string[];
  slides?: string;
  video?: string;
  /** Seconds added to the stamps when linking them to the recording (`video_offset`). */
  videoOffset?: number;
  status?: SessionStatus;
  private: boolean;
}

export interface SpeakerNote extends NoteBase {
  kind: 'speaker';
  /** File name without `.md`; the speaker's id. */
  name: string;
  aliases: string[];
  org?: string;
}

export interface TopicNote extends NoteBase {
  kind: 'topic';
  name: string;
  aliases: string[];
  /** Names of broader topics, from the note's `broader:` property. */
  broader?: string[];
}

export interface OtherNote extends NoteBase {
  kind: 'other';
}

export type ParsedNote = EventNote | SessionNote | SpeakerNote | TopicNote | OtherNote;
