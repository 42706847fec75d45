import type { Route } from './+types/export';
import { exportCaseAction } from './export.server';

// POST only: the export is logged (EXPORT, SUBJECT_ACCESS_REQUEST), so a link prefetch must never cause one.
export function action({ params, context }: Route.ActionArgs) {
  return exportCaseAction(params, context);
}
