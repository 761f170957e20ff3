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

export function importSummary(plan: ImportPlan): ImportSummary {
  const cancelled = new Set(plan.withdrawn.map((w) => w.path));
  return {
    event: plan.event.id,
    created: plan.created.map((c) => c.path),
    // A withdrawn note marked cancelled is listed as withdrawn, not as an update of the programme.
    updated: plan.updated.filter((u) => !cancelled.has(u.path)).map((u) => u.path),
    unchanged: plan.unchanged.map((u) => u.path),
    skipped: plan.skipped.map((s) => s.title),
    withdrawn: plan.withdrawn.map((w) => w.path),
  };
}
