import { Heading } from '@digdir/designsystemet-react';
import { INQUIRER_TYPES, INQUIRY_CHANNELS, THEMES } from '@selvhjelp/domain';
import type { Route } from './+types/list';
import { loadInquiryList } from './list.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { optionsOf } from '../../shared/forms/form-fields';
import { CreateLink, ListActions, ListFilters, ListTable, Pager } from '../../shared/list/list-kit';
import { DateFilter, SelectFilter } from '../../shared/list/filter-fields';
import { inquiryListHref } from './list-query';
import { channelLabel, inquirerLabel, publicServiceLabel } from './labels';
import { serviceReferralLine } from './service-referral';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadInquiryList(request, context);
}

export default function InquiryListPage({ loaderData }: Route.ComponentProps) {
  const { t, lang, formatDate } = useI18n();
  const { portal, query, inquiries, totalCount, nextCursor } = loaderData;
  const base = portalPath(portal, 'henvendelser');
  const firstPage = { ...query, after: '' };
  const none = t('inquiries.none');
  return (
    <div className="portal-stack">
      <PageTitle>{t('inquiries.list.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('inquiries.list.title')}
      </Heading>
      <ListActions label={t('inquiries.list.actions')}>
        <CreateLink to={`${base}/ny`}>{t('inquiries.list.create')}</CreateLink>
        <li>
          <AppLink to={portalPath(portal, 'interesseliste')}>{t('inquiries.list.interest')}</AppLink>
        </li>
        <li>
          <AppLink to={portalPath(portal, 'henvisninger')}>{t('inquiries.list.referrals')}</AppLink>
        </li>
      </ListActions>
      <ListFilters label={t('inquiries.filter.heading')} idPrefix="inquiries-filter" values={query} resetTo={base}>
        <DateFilter name="from" label={t('inquiries.filter.from')} />
        <DateFilter name="to" label={t('inquiries.filter.to')} />
        <SelectFilter
          name="channel"
          label={t('inquiries.field.channel')}
          options={optionsOf(INQUIRY_CHANNELS, (code) => channelLabel(lang, code))}
        />
        <SelectFilter
          name="inquirer"
          label={t('inquiries.field.inquirerType')}
          options={optionsOf(INQUIRER_TYPES, (code) => inquirerLabel(lang, code))}
        />
        <SelectFilter
          name="theme"
          label={t('inquiries.field.themeIds')}
          options={THEMES.map((theme) => ({ value: theme.id, label: theme.labels[lang] }))}
        />
        <SelectFilter
          name="case"
          label={t('inquiries.filter.case')}
          options={[
            { value: 'with', label: t('inquiries.filter.withCase') },
            { value: 'without', label: t('inquiries.filter.withoutCase') },
          ]}
        />
      </ListFilters>
      <ListTable
        caption={t('inquiries.list.caption', { count: totalCount })}
        testId="inquiry-table"
        rowHeaders
        columns={[
          t('inquiries.list.received'),
          t('inquiries.field.channel'),
          t('inquiries.field.inquirerType'),
          t('inquiries.field.themeIds'),
          t('inquiries.field.municipalityNumber'),
          t('inquiries.field.minutesSpent'),
          t('inquiries.list.case'),
        ]}
        rows={inquiries}
        rowKey={(inquiry) => inquiry.id}
        cells={(inquiry) => {
          const when = [formatDate(inquiry.receivedOn), inquiry.receivedTime].filter(Boolean).join(' ');
          return [
            <AppLink key="open" to={`${base}/${inquiry.id}`}>
              {when}
            </AppLink>,
            channelLabel(lang, inquiry.channel),
            inquiry.serviceReferral
              ? serviceReferralLine(t, inquiry.serviceReferral)
              : (inquiry.partner?.name ??
                (inquiry.publicServiceType
                  ? publicServiceLabel(lang, inquiry.publicServiceType)
                  : inquirerLabel(lang, inquiry.inquirerType))),
            inquiry.themes.map(({ label }) => label).join(', ') || none,
            inquiry.municipality?.name ?? none,
            t('inquiries.page.minutes', { minutes: inquiry.minutesSpent }),
            inquiry.hasCase ? t('inquiries.list.hasCase') : t('inquiries.list.noCase'),
          ];
        }}
        empty={t('inquiries.list.empty')}
      />
      <Pager
        label={t('inquiries.list.pages')}
        firstHref={query.after ? `${base}${inquiryListHref(firstPage)}` : null}
        nextHref={nextCursor ? `${base}${inquiryListHref({ ...query, after: nextCursor })}` : null}
      />
    </div>
  );
}
