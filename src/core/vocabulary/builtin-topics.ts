import type { TopicDef } from './topic-def';
import { TOPICS_AI } from './topics/topics-ai';
import { TOPICS_BACKEND } from './topics/topics-backend';
import { TOPICS_CLOUD } from './topics/topics-cloud';
import { TOPICS_DATA } from './topics/topics-data';
import { TOPICS_FORMATS } from './topics/topics-formats';
import { TOPICS_MOBILE } from './topics/topics-mobile';
import { TOPICS_PRACTICE } from './topics/topics-practice';
import { TOPICS_PYTHON } from './topics/topics-python';
import { TOPICS_SECURITY } from './topics/topics-security';
import { TOPICS_WEB } from './topics/topics-web';

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
