import type { IsoDate } from '../groups/types.js';

/**
 * An agreement binds from its first day through its last; without an end day it runs until
 * someone ends it. ISO dates compare as strings.
 */
export function agreementInForce(agreement: { startsOn: IsoDate; endsOn: IsoDate | null }, today: IsoDate): boolean {
  return agreement.startsOn <= today && (agreement.endsOn === null || agreement.endsOn >= today);
}
