import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { Route } from './+types/list';
import { loadFacilitatorList, updateRefresherInterval } from './list.server';
import { AppLink } from '../../shared/ui/app-link';
import { namedOptions, optionsOf, TextField } from '../../shared/forms/form-fields';
import { PageTitle } from '../../shared/ui/page';
import { themeLabel } from '../groups/labels';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { AVAILABILITIES } from './facilitator-form';
import { availabilityLabel, qualificationLabel } from '../courses/labels';
import { listHref, QUALIFICATION_STATUSES } from '../courses/list-query';
import { CreateLink, ListActions, ListFilters, ListTable, Pager } from '../../shared/list/list-kit';
import { SearchFilter, SelectFilter } from '../../shared/list/filter-fields';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadFacilitatorList(request, context);
}

export function action({ request, context }: Route.ActionArgs) {
  return updateRefresherInterval(request, context);
}

export default function FacilitatorListPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang, formatDate } = useI18n();
  const { portal, query, facilitators, totalCount, nextCursor, attention, municipalities, themes } = loaderData;
  const options = {
    municipality: namedOptions(municipalities),
    status: optionsOf(QUALIFICATION_STATUSES, (status) => qualificationLabel(lang, status)),
    availability: optionsOf(AVAILABILITIES, (code) => availabilityLabel(lang, code)),
    theme: optionsOf(themes, (theme) => themeLabel(lang, { id: theme })),
  };
  const base = portalPath(portal, 'igangsettere');
  const attentionCount = attention.lapsingSoon.length + attention.inactive.length + attention.startingTooLong.length;
  return (
    <div className="portal-stack">
      <PageTitle>{t('facilitators.list.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('facilitators.list.title')}
      </Heading>
      <ListActions label={t('facilitators.list.actions')}>
        <CreateLink to={`${base}/ny`}>{t('facilitators.list.create')}</CreateLink>
        <li>
          <AppLink to={portalPath(portal, 'kurs')}>{t('courses.list.title')}</AppLink>
        </li>
      </ListActions>
      <RefresherInterval
        months={loaderData.refresherIntervalMonths}
        editable={loaderData.mayEditSettings}
        result={actionData?.settings ?? null}
      />
      <Card data-color="warning" aria-labelledby="attention-heading">
        <Heading level={2} data-size="sm" id="attention-heading">
          {t('facilitators.attention.heading')}
        </Heading>
        {attentionCount === 0 ? <Paragraph>{t('facilitators.attention.none')}</Paragraph> : null}
        {attention.lapsingSoon.length > 0 ? (
          <>
            <Heading level={3} data-size="2xs">
              {t('facilitators.attention.lapsing')}
            </Heading>
            <ul>
              {attention.lapsingSoon.map((facilitator) => (
                <li key={facilitator.id}>
                  <AppLink to={`${base}/${facilitator.id}`}>{facilitator.name}</AppLink>
                  {facilitator.qualification.lapsesOn
                    ? ` – ${t('facilitators.attention.lapsesOn', { date: formatDate(facilitator.qualification.lapsesOn) })}`
                    : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {attention.inactive.length > 0 ? (
          <>
            <Heading level={3} data-size="2xs">
              {t('facilitators.attention.inactive')}
            </Heading>
            <ul>
              {attention.inactive.map((facilitator) => (
                <li key={facilitator.id}>
                  <AppLink to={`${base}/${facilitator.id}`}>{facilitator.name}</AppLink>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {attention.startingTooLong.length > 0 ? (
          <>
            <Heading level={3} data-size="2xs">
              {t('facilitators.attention.startingTooLong')}
            </Heading>
            <ul>
              {attention.startingTooLong.map((group) => (
                <li key={group.id}>
                  <AppLink to={portalPath(portal, `grupper/${group.id}`)}>{group.name}</AppLink>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>
      <ListFilters label={t('facilitators.list.filters')} values={query} resetTo={base}>
        <SearchFilter label={t('facilitators.list.search')} />
        <SelectFilter name="status" label={t('facilitators.list.status')} options={options.status} />
        <SelectFilter name="municipality" label={t('facilitators.field.municipality')} options={options.municipality} />
        <SelectFilter name="availability" label={t('facilitators.field.availability')} options={options.availability} />
        <SelectFilter name="theme" label={t('facilitators.field.themes')} options={options.theme} />
      </ListFilters>
      <ListTable
        caption={t('facilitators.list.caption', { count: totalCount })}
        columns={[
          t('facilitators.field.name'),
          t('facilitators.list.status'),
          t('facilitators.field.municipality'),
          t('facilitators.field.availability'),
          t('facilitators.field.themes'),
        ]}
        rows={facilitators}
        rowKey={(facilitator) => facilitator.id}
        cells={(facilitator) => [
          <AppLink key="name" to={`${base}/${facilitator.id}`}>
            {facilitator.name}
          </AppLink>,
          qualificationLabel(lang, facilitator.qualification.status),
          facilitator.municipality.name,
          availabilityLabel(lang, facilitator.availability),
          facilitator.themes.map((theme) => themeLabel(lang, theme)).join(', ') || t('groups.none'),
        ]}
        empty={t('facilitators.list.empty')}
      />
      <Pager
        label={t('facilitators.list.pages')}
        firstHref={query.after ? `${base}${listHref({ ...query, after: '' })}` : null}
        nextHref={nextCursor ? `${base}${listHref({ ...query, after: nextCursor })}` : null}
      />
    </div>
  );
}

interface RefresherIntervalProps {
  months: number;
  editable: boolean;
  result: { saved: number | null; error: string | null; value: string } | null;
}

/** How long a qualification lasts in this district; the district lead can change it. */
function RefresherInterval({ months, editable, result }: RefresherIntervalProps) {
  const { t } = useI18n();
  const error = result?.error === 'NOT_A_NUMBER' ? t('facilitators.settings.notANumber') : result?.error;
  return (
    <section aria-labelledby="refresher-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="refresher-heading">
        {t('facilitators.settings.heading')}
      </Heading>
      <Paragraph>{t('facilitators.settings.current', { months: String(months) })}</Paragraph>
      {result?.saved ? (
        <Paragraph role="status">{t('facilitators.settings.saved', { months: String(result.saved) })}</Paragraph>
      ) : null}
      {editable ? (
        <Form method="post" className="portal-filters">
          <TextField
            id="refresher-months"
            name="months"
            label={t('facilitators.settings.label')}
            inputMode="numeric"
            defaultValue={result && !result.saved ? result.value : String(months)}
            error={error ?? undefined}
          />
          <Button type="submit" variant="secondary">
            {t('facilitators.settings.save')}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}
