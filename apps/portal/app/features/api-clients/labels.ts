import { apiScopeFromEnum } from '@selvhjelp/domain';
import type { MessageKey, Translate } from '../../shared/i18n/i18n';

/** A scope as staff read it, with the name partners use: "Lese grupper (groups:read)". */
export function scopeLabel(t: Translate, value: string): string {
  const scope = apiScopeFromEnum(value);
  return scope ? t(`apiClients.scope.${scope}` as MessageKey) : value;
}
