import type { Route } from './+types/download-csv';
import { downloadReport } from './download.server';

/** GET …/rapport.csv?fra=…&til=…: one report made now, as CSV. */
export function loader({ request, context }: Route.LoaderArgs) {
  return downloadReport(request, 'CSV', context);
}
