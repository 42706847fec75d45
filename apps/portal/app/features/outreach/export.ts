import type { Route } from './+types/export';
import { exportActivitiesCsv } from './list.server';

/** GET aktiviteter/eksport.csv?…: the log's filter as a CSV download. */
export function loader({ request, context }: Route.LoaderArgs) {
  return exportActivitiesCsv(request, context);
}
