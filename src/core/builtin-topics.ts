import type { TopicDef } from './topic-def';
import { TOPICS_AI } from './vocabulary/topics-ai';
import { TOPICS_BACKEND } from './vocabulary/topics-backend';
import { TOPICS_CLOUD } from './vocabulary/topics-cloud';
import { TOPICS_DATA } from './vocabulary/topics-data';
import { TOPICS_FORMATS } from './vocabulary/topics-formats';
import { TOPICS_MOBILE } from './vocabulary/topics-mobile';
import { TOPICS_PRACTICE } from './vocabulary/topics-practice';
import { TOPICS_PYTHON } from './vocabulary/topics-python';
import { TOPICS_SECURITY } from './vocabulary/topics-security';
import { TOPICS_WEB } from './vocabulary/topics-web';

/**
 * Starter vocabulary of common tech-talk topics, by domain; topic notes extend or override it.
 * Specific tools are topics of their own with a `broader` one, never aliases of it.
 */
export const BUILTIN_TOPICS: readonly TopicDef[] = [
  ...TOPICS_AI,
  ...TOPICS_DATA,
  ...TOPICS_CLOUD,
  ...TOPICS_BACKEND,
  ...TOPICS_WEB,
  ...TOPICS_MOBILE,
  ...TOPICS_SECURITY,
  ...TOPICS_PYTHON,
  ...TOPICS_PRACTICE,
  ...TOPICS_FORMATS,
];
