import type { Translate } from '../i18n/i18n';
import type { Portal } from './portals';
import { DISTRICT_LABELS } from './portals';

/** "Selvhjelp Vest", or the national office's name in the current language. */
export function portalName(portal: Portal, t: Translate): string {
  return portal.kind === 'district' ? DISTRICT_LABELS[portal.districtId].name : t('portal.national.name');
}
