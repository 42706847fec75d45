import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { REFERRAL_AREA_KINDS, REFERRAL_RESOURCE_TYPES } from '@selvhjelp/domain';
import { Form } from 'react-router';
import type { Route } from './+types/referrals';
import { loadReferralList, referralListAction } from './referrals.server';
import { referralListHref } from './referral-query';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { FormAlert, namedOptions, optionsOf } from '../../shared/forms/form-fields';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { CreateLink, ListActions, ListFilters, ListTable, Pager } from '../../shared/list/list-kit';
import { SearchFilter, SelectFilter } from '../../shared/list/filter-fields';
import { referralAreaLabel, referralTypeLabel } from './labels';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadReferralList(request, context);
}

export function action({ request, context }: Route.ActionArgs) {
  return referralListAction(request, context);
}

export default function ReferralListPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const { portal, query, municipalities, resources, totalCount, nextCursor, notice } = loaderData;
  const base = portalPath(portal, 'henvisninger');
  const firstPage = { ...query, after: '' };
  const none = t('inquiries.none');
  return (
    <div className="portal-stack">
      <PageTitle>{t('referrals.title')}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={portalPath(portal, 'henvendelser')}>{t('inquiries.page.back')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('referrals.title')}
      </Heading>
      {notice ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t(`referrals.notice.${notice}`)}</Paragraph>
        </Alert>
      ) : null}
      {actionData ? <FormAlert messages={actionData.errors} /> : null}
      <ListActions label={t('referrals.title')}>
        <CreateLink to={`${base}/ny`}>{t('referrals.create')}</CreateLink>
      </ListActions>
      <ListFilters label={t('referrals.filter.heading')} idPrefix="referrals-filter" values={query} resetTo={base}>
        <SearchFilter label={t('referrals.filter.search')} />
        <SelectFilter
          name="type"
          label={t('referrals.field.type')}
          options={optionsOf(REFERRAL_RESOURCE_TYPES, (code) => referralTypeLabel(lang, code))}
        />
        <SelectFilter
          name="area"
          label={t('referrals.field.areaKind')}
          options={optionsOf(REFERRAL_AREA_KINDS, (code) => referralAreaLabel(lang, code))}
        />
        <SelectFilter
          name="kommune"
          label={t('inquiries.field.municipalityNumber')}
          options={namedOptions(municipalities)}
        />
        <SelectFilter
          name="arkiverte"
          label={t('referrals.filter.archived')}
          options={[{ value: 'ja', label: t('referrals.archived') }]}
        />
      </ListFilters>
      <ListTable
        caption={t('referrals.caption', { count: totalCount })}
        testId="referral-table"
        rowHeaders
        columns={[
          t('referrals.field.name'),
          t('referrals.field.type'),
          t('referrals.field.offers'),
          t('referrals.field.areaKind'),
          t('referrals.field.howToRefer'),
          t('referrals.field.phone'),
          t('referrals.field.website'),
          t('referrals.actions'),
        ]}
        rows={resources}
        rowKey={(resource) => resource.id}
        cells={(resource) => [
          resource.archivedAt ? `${resource.name} (${t('referrals.archived')})` : resource.name,
          referralTypeLabel(lang, resource.type),
          resource.offers,
          resource.areaKind === 'MUNICIPALITIES'
            ? resource.municipalities.map(({ name }) => name).join(', ')
            : referralAreaLabel(lang, resource.areaKind),
          resource.howToRefer,
          resource.phone ?? none,
          resource.website ?? none,
          <div key="actions" className="portal-actions">
            <AppLink to={`${base}/${resource.id}/rediger`}>{t('referrals.edit', { name: resource.name })}</AppLink>
            {resource.archivedAt ? null : (
              <Form method="post">
                <input type="hidden" name="id" value={resource.id} />
                <input type="hidden" name="version" value={resource.version} />
                <Button type="submit" variant="tertiary" data-size="sm">
                  {t('referrals.archive', { name: resource.name })}
                </Button>
              </Form>
            )}
          </div>,
        ]}
        empty={t('referrals.empty')}
      />
      <Pager
        label={t('referrals.pages')}
        firstHref={query.after ? `${base}${referralListHref(firstPage)}` : null}
        nextHref={nextCursor ? `${base}${referralListHref({ ...query, after: nextCursor })}` : null}
      />
    </div>
  );
}
