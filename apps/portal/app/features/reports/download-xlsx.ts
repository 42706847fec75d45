import type { Route } from './+types/download-xlsx';
import { downloadReport } from './download.server';

/** GET …/rapport.xlsx?fra=…&til=…: one report made now, as Excel. */
export function loader({ request, context }: Route.LoaderArgs) {
  return downloadReport(request, 'XLSX', context);
}
