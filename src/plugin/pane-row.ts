/**
 * Draws one row of the topic index pane as a tree item, the way Obsidian's own
 * trees look: the collapse icon, the label (cut with an ellipsis, whole in the
 * tooltip), then years and count in a right-aligned column. Text only through
 * createEl, never innerHTML.
 */
import { setIcon } from 'obsidian';
import type { ConferenceIndex } from '../core/index/conference-index';
import { speakerName, topicLabel } from '../core/index/listings';
import { treeLevel, type Row } from '../core/index/pane-rows';
import type { Reason } from '../core/index/related';
import type { UiText } from './language';


export function describeReason(reason: Reason, index: ConferenceIndex, t: UiText, lang = 'en'): string {
  if (reason.kind === 'topic') return t('reason.topic', { name: topicLabel(index, reason.id, lang) });
  if (reason.kind === 'broader') return t('reason.broader', { name: topicLabel(index, reason.id, lang) });
  if (reason.kind === 'speaker') return t('reason.speaker', { name: speakerName(index, reason.id) });
  return t(`reason.${reason.kind}`);
}

/** The years a group's talks span; none for an event whose title already says its year. */
function yearSpan(row: Extract<Row, { type: 'group' }>): string {
  const years = row.first === row.last ? (row.first ?? '') : `${row.first ?? ''}–${row.last ?? ''}`;
  return row.kind === 'event' && years !== '' && row.label.includes(years) ? '' : years;
}

export interface RowState {
  selected: boolean;
  /** Place among siblings, 1-based, and their number. */
  pos: number;
  size: number;
  /** The "This note" tab: talks at the top level, their reasons on a second line. */
  related: boolean;
  /** The speakers tab: a talk's row need not repeat the speaker it sits under. */
  bySpeaker: boolean;
}

export function drawRow(el: HTMLElement, row: Row, state: RowState, index: ConferenceIndex, t: UiText, lang = 'en'): void {
  el.dataset.key = row.key;
  el.toggleClass('is-nested', row.depth !== undefined);
  el.setCssProps({ '--cn-depth': String(row.depth ?? 0) });
  if (row.type === 'heading') {
    // A sub-heading (an event or a day) inside an open group: read, not chosen.
    el.addClass('conference-notes-heading');
    el.setAttr('role', 'presentation');
    const label = row.day !== undefined ? t('view.day', { day: row.day }) : row.label || t('view.noEvent');
    el.createSpan({ cls: 'conference-notes-label', text: label });
    el.createSpan({ cls: 'conference-notes-flair' }).createSpan({ cls: 'conference-notes-count', text: String(row.count) });
    return;
  }
  el.setAttr('role', 'treeitem');
  el.setAttr('aria-selected', String(state.selected));
  el.setAttr('tabindex', state.selected ? '0' : '-1');
  el.toggleClass('is-selected', state.selected);
  el.setAttr('aria-level', String(state.related ? 1 : treeLevel(row)));
  el.setAttr('aria-posinset', String(state.pos));
  el.setAttr('aria-setsize', String(state.size));
  if (row.type === 'group') {
    el.addClass('conference-notes-group');
    el.toggleClass('is-collapsed', !row.expanded);
    el.setAttr('aria-expanded', String(row.expanded));
    el.setAttr('title', row.label);
    setIcon(el.createSpan({ cls: 'conference-notes-chevron collapse-icon' }), 'right-triangle');
    el.createSpan({ cls: 'conference-notes-label', text: row.label });
    const flair = el.createSpan({ cls: 'conference-notes-flair' });
    const years = yearSpan(row);
    if (years) flair.createSpan({ cls: 'conference-notes-years', text: years });
    flair.createSpan({ cls: 'conference-notes-count', text: String(row.count) });
    return;
  }
  el.addClass('conference-notes-session');
  el.setAttr('title', row.title);
  if (row.reasons) {
    // Two lines, so that the reasons keep the whole width however narrow the pane.
    el.addClass('is-related');
    const text = el.createDiv({ cls: 'conference-notes-talk-text' });
    text.createSpan({ cls: 'conference-notes-label', text: row.title });
    text.createSpan({ cls: 'conference-notes-muted', text: row.reasons.map((r) => describeReason(r, index, t, lang)).join(' · ') });
    return;
  }
  el.createSpan({ cls: 'conference-notes-label', text: row.title });
  // The event (or day) heading above already says when: the row names only who speaks.
  const detail = state.bySpeaker ? '' : row.speakers.join(', ');
  if (detail) el.createSpan({ cls: 'conference-notes-muted', text: detail });
}
