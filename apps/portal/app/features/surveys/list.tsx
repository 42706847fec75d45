import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { Route } from './+types/list';
import { loadSurveyList } from './list.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { CreateLink, EmptyList, ListActions, TableScroll } from '../../shared/list/list-kit';
import { PHASE_COLOR } from './components/phase';

export function loader({ context }: Route.LoaderArgs) {
  return loadSurveyList(context);
}

/** The portal's surveys, newest first: title, days open, where they stand and whether answers came in. */
export default function SurveyListPage({ loaderData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { portal, surveys } = loaderData;
  const base = portalPath(portal, 'undersokelser');
  return (
    <div className="portal-stack">
      <PageTitle>{t('surveys.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('surveys.title')}
      </Heading>
      <Paragraph>{t('surveys.list.intro')}</Paragraph>
      <ListActions label={t('surveys.list.actions')}>
        <CreateLink to={`${base}/ny`}>{t('surveys.list.create')}</CreateLink>
        {portal.kind === 'national' ? (
          <li>
            <AppLink to={`${base}/sammenligning`}>{t('surveys.comparison.title')}</AppLink>
          </li>
        ) : null}
      </ListActions>
      {surveys.length === 0 ? (
        <EmptyList>{t('surveys.list.empty')}</EmptyList>
      ) : (
        <TableScroll label={t('surveys.list.caption', { count: surveys.length })}>
          <Table data-testid="survey-list">
            <caption>{t('surveys.list.caption', { count: surveys.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('surveys.field.title')}</Table.HeaderCell>
                {portal.kind === 'national' ? (
                  <Table.HeaderCell scope="col">{t('surveys.list.owner')}</Table.HeaderCell>
                ) : null}
                <Table.HeaderCell scope="col">{t('surveys.field.opensOn')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('surveys.field.closesOn')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('surveys.list.phase')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('surveys.list.answers')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {surveys.map((survey) => (
                <Table.Row key={survey.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={`${base}/${survey.id}`}>{survey.title}</AppLink>
                  </Table.HeaderCell>
                  {portal.kind === 'national' ? (
                    <Table.Cell>{survey.district?.name ?? t('surveys.list.nationalOffice')}</Table.Cell>
                  ) : null}
                  <Table.Cell>{formatDate(survey.opensOn)}</Table.Cell>
                  <Table.Cell>{formatDate(survey.closesOn)}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={PHASE_COLOR[survey.phase]}>{t(`surveys.phase.${survey.phase}`)}</Tag>
                  </Table.Cell>
                  <Table.Cell>
                    {survey.hasResponses ? t('surveys.list.hasAnswers') : t('surveys.list.noAnswers')}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </div>
  );
}
