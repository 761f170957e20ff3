/** Finding a template by id or name, built in or from the user's template folder. */
import { splitFrontMatter } from '../note/front-matter-block';
import type { PropertyValue } from '../note/front-matter-writer';
import { BUILTIN_TEMPLATES, type SessionTemplate } from './builtin-templates';

export interface ResolvedTemplate {
  body: string;
  /** Properties from the user template's own front matter. */
  extra: Record<string, PropertyValue>;
}

/** Splits a user template into its front matter (read by `parseYaml`) and body. */
export function readUserTemplate(text: string, parseYaml: (yaml: string) => unknown): ResolvedTemplate {
  const { yaml, body } = splitFrontMatter(text);
  if (yaml === null) return { body, extra: {} };
  const extra: Record<string, PropertyValue> = {};
  let parsed: unknown;
  try {
    parsed = parseYaml(yaml);
  } catch {
    parsed = null;
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
      if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) extra[k] = v as PropertyValue;
      else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) extra[k] = v;
    }
  }
  return { body, extra };
}

export function builtinTemplate(id: string): SessionTemplate | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}
