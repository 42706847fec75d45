import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { MAX_ROTATION_OVERLAP_DAYS } from '@selvhjelp/domain';
import { gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import { gatewayMessage } from '../../shared/forms/form-errors';
import { createTranslator } from '../../shared/i18n/i18n';
import { portalPath } from '../../shared/layout/portals';
import { NO_STORE, requireApiClientAdministration } from './access.server';
import { partnerNames } from './list.server';

const ApiClientPageDocument = graphql(`
  query ApiClientPage($id: ID!) {
    apiClient(id: $id) {
      id
      version
      name
      contactName
      contactEmail
      organisationNumber
      partnerId
      scopes
      districts {
        id
        name
      }
      expiresAt
      revokedAt
      lastUsedAt
      createdAt
      secrets {
        id
        lastFour
        createdAt
        validUntil
        revokedAt
        lastUsedAt
      }
      usage(days: 30) {
        totals {
          ...ApiUsageCountFields
        }
        perDay {
          day
          counts {
            ...ApiUsageCountFields
          }
        }
        perOperation {
          operationName
          counts {
            ...ApiUsageCountFields
          }
        }
      }
    }
  }
  fragment ApiUsageCountFields on ApiUsageCounts {
    requests
    rateLimited
    errors
    pointsSpent
  }
`);

const RotateApiClientSecretDocument = graphql(`
  mutation RotateApiClientSecret($input: RotateApiClientSecretInput!) {
    rotateApiClientSecret(input: $input) {
      key
      client {
        id
        secrets {
          id
          validUntil
        }
      }
    }
  }
`);

const RevokeApiClientDocument = graphql(`
  mutation RevokeApiClient($id: ID!) {
    revokeApiClient(id: $id) {
      id
    }
  }
`);

export const API_CLIENT_PAGE_NOTICES = ['saved', 'revoked'] as const;
export type ApiClientPageNotice = (typeof API_CLIENT_PAGE_NOTICES)[number];

export type ApiClientPageActionData =
  /** The new key: in this answer only. */
  | { intent: 'rotate'; ok: true; key: string; overlapUntil: string | null }
  | { intent: 'rotate'; ok: false; overlapDays: string; error: string; field: boolean }
  /** The confirmation step; `error` when revoking was refused. */
  | { intent: 'revoke'; error: string | null };

/** GET api-klienter/:id: the client, its keys (last four characters only) and when each was last used. */
export async function loadApiClientPage(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = requireApiClientAdministration(context);
  const { apiClient } = await context.get(gatewayContext).query(ApiClientPageDocument, { id: params.id });
  const notice = new URL(request.url).searchParams.get('melding') ?? '';
  return {
    portal,
    client: apiClient,
    partnerName: apiClient.partnerId ? ((await partnerNames(context))[apiClient.partnerId] ?? null) : null,
    notice: (API_CLIENT_PAGE_NOTICES as readonly string[]).includes(notice) ? (notice as ApiClientPageNotice) : null,
    now: new Date().toISOString(),
  };
}

/** Whole days 0–30, as typed; null when it is not one. */
export function parseOverlapDays(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days <= MAX_ROTATION_OVERLAP_DAYS ? days : null;
}

/**
 * POST api-klienter/:id: intent=rotate (answers the new key, once), intent=revoke (asks to
 * confirm) and intent=confirm-revoke (revokes, then back to the page).
 */
export async function apiClientPageAction(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = requireApiClientAdministration(context);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const form = await request.formData();
  const page = portalPath(portal, `api-klienter/${params.id}`);
  const intent = formText(form, 'intent');
  if (intent === 'revoke') return data<ApiClientPageActionData>({ intent: 'revoke', error: null });
  if (intent === 'confirm-revoke') {
    try {
      await gateway.mutate(RevokeApiClientDocument, { id: params.id });
    } catch (error) {
      if (!isGatewayError(error, 'CONFLICT')) throw error;
      return data<ApiClientPageActionData>({ intent: 'revoke', error: gatewayMessage(error, lang) }, { status: 409 });
    }
    return redirect(`${page}?melding=revoked`);
  }
  if (intent !== 'rotate') throw data(null, { status: 400 });
  const typed = formText(form, 'overlapDays');
  const overlapDays = parseOverlapDays(typed);
  if (overlapDays === null) {
    return data<ApiClientPageActionData>(
      { intent: 'rotate', ok: false, overlapDays: typed, error: t('apiClients.form.overlapRange'), field: true },
      { status: 400 },
    );
  }
  const version = Number.parseInt(formText(form, 'version'), 10);
  try {
    const { rotateApiClientSecret } = await gateway.mutate(RotateApiClientSecretDocument, {
      input: { id: params.id, version: Number.isSafeInteger(version) ? version : 0, overlapDays },
    });
    // The keys in use so far work until the end of the overlap (all were given the same end).
    const [, ...earlier] = rotateApiClientSecret.client.secrets;
    const overlapUntil = earlier.map((secret) => secret.validUntil).find(Boolean) ?? null;
    return data<ApiClientPageActionData>(
      {
        intent: 'rotate',
        ok: true,
        key: rotateApiClientSecret.key,
        overlapUntil: overlapDays > 0 ? overlapUntil : null,
      },
      { headers: NO_STORE },
    );
  } catch (error) {
    if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT')) {
      const field = error.code === 'BAD_USER_INPUT' && error.fieldErrors.some((e) => e.field.endsWith('overlapDays'));
      return data<ApiClientPageActionData>(
        {
          intent: 'rotate',
          ok: false,
          overlapDays: typed,
          error: gatewayMessage(error, lang),
          field,
        },
        { status: error.code === 'CONFLICT' ? 409 : 400 },
      );
    }
    throw error;
  }
}
