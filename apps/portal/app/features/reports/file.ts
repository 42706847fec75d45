import type { Route } from './+types/file';
import { downloadReportFile } from './job.server';

/** GET /nasjonalt/rapporter/filer/:fileId: a finished report file, as a download. */
export function loader({ params, context }: Route.LoaderArgs) {
  return downloadReportFile(params, context);
}
