/**
 * The preview of an import: what would be created, updated, left unchanged,
 * skipped and withdrawn, with counts and names; the Import button writes it,
 * then opens the event note.
 */
import { Modal, Notice, type App } from 'obsidian';
import { programmeUpdates } from '../core/schedule/import-summary';
import type { ImportPlan } from '../core/schedule/plan-import';
import type { Programme } from '../core/schedule/programme';
import type { StringKey } from '../i18n/translate';
import type { UiText } from './language';
import type { IndexService } from './index-service';
import { applyImport, planVaultImport } from './import-plan';
import type { PluginSettings } from './settings';


export class ImportPreviewModal extends Modal {
  private eventName: string;
  private markCancelled = false;
  private report!: HTMLElement;
  private button!: HTMLButtonElement;
  /** The last plan shown; a newer refresh replaces it. */
  private plan: ImportPlan | null = null;
  private revision = 0;

  constructor(
    app: App,
    private readonly service: IndexService,
    private readonly settings: PluginSettings,
    private readonly programme: Programme,
    private readonly t: UiText,
  ) {
    super(app);
    this.eventName = programme.conference.title ?? programme.conference.acronym ?? '';
  }

  override onOpen(): void {
    const { t } = this;
    this.setTitle(t('import.preview.title'));
    this.modalEl.addClass('conference-notes-modal');
    const form = this.contentEl.createDiv({ cls: 'conference-notes-import-form' });
    const label = form.createEl('label', { text: t('import.event') });
    const input = label.createEl('input', { type: 'text', attr: { name: 'event' } });
    input.value = this.eventName;
    input.addEventListener('change', () => {
      this.eventName = input.value;
      void this.refresh();
    });
    const cancelLabel = form.createEl('label');
    const box = cancelLabel.createEl('input', { type: 'checkbox', attr: { name: 'mark-cancelled' } });
    cancelLabel.createSpan({ text: ` ${t('import.markCancelled')}` });
    box.addEventListener('change', () => {
      this.markCancelled = box.checked;
      void this.refresh();
    });
    this.report = this.contentEl.createDiv({ cls: 'conference-notes-import-report' });
    const buttons = this.contentEl.createDiv({ cls: 'modal-button-container' });
    this.button = buttons.createEl('button', { text: t('import.button'), cls: 'mod-cta' });
    this.button.addEventListener('click', () => void this.run());
    buttons.createEl('button', { text: t('import.cancel') }).addEventListener('click', () => this.close());
    void this.refresh();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** Plans again (a changed event name, the cancel box) and shows the report. */
  async refresh(): Promise<void> {
    const revision = ++this.revision;
    this.button.disabled = true;
    const plan = await planVaultImport(this.app, this.service, this.settings, this.programme, this.eventName, this.markCancelled);
    if (revision !== this.revision) return;
    this.plan = plan;
    this.render(plan);
    this.button.disabled = false;
  }

  private render(plan: ImportPlan): void {
    const { t } = this;
    this.report.empty();
    this.report.createEl('p', { text: t(plan.event.create ? 'import.eventNew' : 'import.eventExisting', { name: plan.event.id }) });
    const sections: [StringKey, string[]][] = [
      ['import.created', plan.created.map((c) => c.title)],
      ['import.updated', programmeUpdates(plan).map((u) => `${u.title} (${[...Object.keys(u.props), ...(u.callout === undefined ? [] : [t('import.abstract')])].join(', ')})`)],
      ['import.unchanged', plan.unchanged.map((u) => u.title)],
      ['import.skipped', plan.skipped.map((s) => s.title)],
      ['import.withdrawn', plan.withdrawn.map((w) => w.title)],
    ];
    for (const [key, names] of sections) {
      const section = this.report.createDiv({ cls: 'conference-notes-import-section' });
      section.createEl('h4', { text: t(key, { count: names.length }) });
      if (names.length === 0) continue;
      const list = section.createEl('ul');
      for (const name of names) list.createEl('li', { text: name.replace(/\s*\n\s*/g, ' ') });
    }
  }

  private async run(): Promise<void> {
    if (!this.plan) return;
    this.button.disabled = true;
    // Plan again right before writing: the vault may have changed while the preview was open.
    const plan = await planVaultImport(this.app, this.service, this.settings, this.programme, this.eventName, this.markCancelled);
    const event = await applyImport(this.app, plan);
    new Notice(this.t('import.done', { created: plan.created.length, updated: programmeUpdates(plan).length, unchanged: plan.unchanged.length, skipped: plan.skipped.length, withdrawn: plan.withdrawn.length }));
    this.close();
    if (event) await this.app.workspace.getLeaf(false).openFile(event);
  }
}
