/** An import plan as the lists users read: paths of notes, titles of skipped items (CLI `--json`, the plugin's preview). */
import type { ImportPlan } from './plan-import';

export interface ImportSummary {
  event: string;
  created: string[];
  updated: string[];
  unchanged: string[];
  skipped: string[];
  withdrawn: string[];
}

/** The updates the programme made: a withdrawn note marked cancelled is listed as withdrawn, not as an update. */
export function programmeUpdates(plan: ImportPlan): ImportPlan['updated'] {
  const withdrawn = new Set(plan.withdrawn.map((w) => w.path));
  return plan.updated.filter((u) => !withdrawn.has(u.path));
}

export function importSummary(plan: ImportPlan): ImportSummary {
  return {
    event: plan.event.id,
    created: plan.created.map((c) => c.path),
    updated: programmeUpdates(plan).map((u) => u.path),
    unchanged: plan.unchanged.map((u) => u.path),
    skipped: plan.skipped.map((s) => s.title),
    withdrawn: plan.withdrawn.map((w) => w.path),
  };
}
