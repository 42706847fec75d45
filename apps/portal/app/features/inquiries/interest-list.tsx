import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/interest-list';
import { loadInterestList } from './interest-list.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { namedOptions } from '../../shared/forms/form-fields';
import { ListFilters, ListTable } from '../../shared/list/list-kit';
import { SelectFilter } from '../../shared/list/filter-fields';
import { contactMethodLabel } from './labels';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadInterestList(request, context);
}

export default function InterestListPage({ loaderData }: Route.ComponentProps) {
  const { t, lang, formatDate } = useI18n();
  const { portal, query, demand, groups, contacts } = loaderData;
  const none = t('inquiries.none');
  return (
    <div className="portal-stack">
      <PageTitle>{t('interest.title')}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={portalPath(portal, 'henvendelser')}>{t('inquiries.page.back')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('interest.title')}
      </Heading>
      <Paragraph>{t('interest.intro')}</Paragraph>
      <ListTable
        caption={t('interest.caption')}
        testId="interest-demand"
        rowHeaders
        columns={[t('interest.theme'), t('interest.municipality'), t('interest.count')]}
        rows={demand}
        rowKey={(row) => `${row.theme.id}/${row.municipality.number}`}
        cells={(row) => [row.theme.label, row.municipality.name, String(row.count)]}
        empty={t('interest.empty')}
      />
      <section aria-labelledby="interest-group-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="interest-group-heading">
          {t('interest.group.heading')}
        </Heading>
        <ListFilters
          label={t('interest.group.heading')}
          idPrefix="interest"
          values={{ gruppe: query.group, rekkevidde: query.reach }}
          submitLabel={t('interest.group.show')}
        >
          <SelectFilter
            name="gruppe"
            label={t('interest.group.field')}
            options={namedOptions(groups)}
            all={t('inquiries.form.choose')}
          />
          <SelectFilter
            name="rekkevidde"
            label={t('interest.group.reach')}
            all={false}
            options={[
              { value: 'MUNICIPALITY', label: t('interest.group.reachMUNICIPALITY') },
              { value: 'COUNTY', label: t('interest.group.reachCOUNTY') },
            ]}
          />
        </ListFilters>
        {contacts ? (
          <>
            <ListTable
              caption={t('interest.group.contacts', { group: contacts.group.name })}
              testId="interest-contacts"
              rowHeaders
              columns={[
                t('interest.group.person'),
                t('interest.group.contact'),
                t('interest.theme'),
                t('interest.municipality'),
                t('interest.group.inquiry'),
              ]}
              rows={contacts.toContact}
              rowKey={(row) => row.entry.id}
              cells={(row) => [
                row.inquiry.personAlias ?? none,
                row.inquiry.contact
                  ? `${contactMethodLabel(lang, row.inquiry.contact.method)}: ${row.inquiry.contact.value}`
                  : none,
                row.entry.theme.label,
                row.entry.municipality.name,
                <AppLink key="inquiry" to={portalPath(portal, `henvendelser/${row.inquiry.id}`)}>
                  {formatDate(row.inquiry.receivedOn)}
                </AppLink>,
              ]}
              empty={t('interest.group.none')}
            />
            {contacts.withoutConsent > 0 ? (
              <Paragraph>{t('interest.group.withoutConsent', { count: contacts.withoutConsent })}</Paragraph>
            ) : null}
          </>
        ) : null}
      </section>
    </div>
  );
}
