import type { RouterContextProvider } from 'react-router';
import { viewedDistrictContext } from '../../context.server';
import type { DistrictId } from '../../shared/layout/portals';
import { DISTRICT_LABELS } from '../../shared/layout/portals';

/** The district a national page reads (checked by its layout's middleware), with its name. */
export function viewedDistrict(context: Readonly<RouterContextProvider>): { id: DistrictId; name: string } {
  const id = context.get(viewedDistrictContext);
  return { id, name: DISTRICT_LABELS[id].name };
}
