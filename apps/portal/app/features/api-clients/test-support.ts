import { viewerContext } from '../../context.server';
import { districtActionContext } from '../../shared/forms/action-test-support';
import type { Lang } from '../../shared/i18n/i18n';
import type { Viewer } from '../../session/viewer.server';

/** A district form's test context with a viewer of the given role (the pages check it before any call). */
export function apiClientActionContext(
  role: 'DISTRICT_LEAD' | 'DISTRICT_STAFF',
  lang: Lang = 'nb',
  answer?: (variables: unknown) => unknown,
) {
  const made = districtActionContext(lang, answer);
  made.context.set(viewerContext, { id: 'u1', name: 'Kari Haugland', role } as unknown as Viewer);
  return made;
}
