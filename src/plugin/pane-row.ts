/** Draws one row of the topic index pane; text only through createEl, never innerHTML. */
import type { ConferenceIndex } from '../core/index/conference-index';
import { speakerName, topicLabel } from '../core/index/listings';
import type { Row } from '../core/pane-rows';
import type { Reason } from '../core/index/related';
import type { StringKey } from '../i18n/translate';

type T = (key: StringKey, vars?: Record<string, string | number>) => string;

export function describeReason(reason: Reason, index: ConferenceIndex, t: T, lang = 'en'): string {
  if (reason.kind === 'topic') return t('reason.topic', { name: topicLabel(index, reason.id, lang) });
  if (reason.kind === 'broader') return t('reason.broader', { name: topicLabel(index, reason.id, lang) });
  if (reason.kind === 'speaker') return t('reason.speaker', { name: speakerName(index, reason.id) });
  return t(`reason.${reason.kind}`);
}

export function drawRow(el: HTMLElement, row: Row, selected: boolean, index: ConferenceIndex, t: T, lang = 'en'): void {
  el.toggleClass('is-selected', selected);
  el.dataset.key = row.key;
  el.toggleClass('is-nested', row.depth !== undefined);
  el.setCssProps({ '--cn-depth': String(row.depth ?? 0) });
  if (row.type === 'group') {
    el.addClass('conference-notes-group');
    el.setAttr('aria-expanded', String(row.expanded));
    el.createSpan({ cls: 'conference-notes-chevron', text: row.expanded ? '▾' : '▸' });
    el.createSpan({ cls: 'conference-notes-label', text: row.label });
    el.createSpan({ cls: 'conference-notes-count', text: String(row.count) });
    const years = row.first === row.last ? row.first : `${row.first ?? ''}–${row.last ?? ''}`;
    if (years) el.createSpan({ cls: 'conference-notes-muted', text: years });
  } else if (row.type === 'heading') {
    el.addClass('conference-notes-heading');
    const label = row.day !== undefined ? t('view.day', { day: row.day }) : row.label || t('view.noEvent');
    el.createSpan({ cls: 'conference-notes-label', text: label });
    el.createSpan({ cls: 'conference-notes-count', text: String(row.count) });
  } else {
    el.addClass('conference-notes-session');
    el.createSpan({ cls: 'conference-notes-label', text: row.title });
    const detail = row.reasons ? row.reasons.map((r) => describeReason(r, index, t, lang)).join(' · ') : [row.speakers.join(', '), row.date].filter((x) => x).join(' · ');
    if (detail) el.createSpan({ cls: 'conference-notes-muted', text: detail });
  }
}
