import type { Route } from './+types/export';
import { exportGroupsCsv } from './list.server';

/** GET grupper/eksport.csv?…: the list's filter and sort as a CSV download. */
export function loader({ request, context }: Route.LoaderArgs) {
  return exportGroupsCsv(request, context);
}
