import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Route } from './+types/list';
import { loadPeerList } from './list.server';
import { AppLink } from '../../shared/ui/app-link';
import { namedOptions, optionsOf } from '../../shared/forms/form-fields';
import { PageTitle } from '../../shared/ui/page';
import { themeLabel } from '../groups/labels';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { listHref } from '../courses/list-query';
import { CreateLink, ListActions, ListFilters, ListTable, Pager } from '../../shared/list/list-kit';
import { SearchFilter, SelectFilter } from '../../shared/list/filter-fields';
import { PEER_AVAILABILITIES } from './peer-form';
import { PEER_STATUSES } from './list-query';
import { peerAvailabilityLabel, peerName } from './labels';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadPeerList(request, context);
}

export default function PeerListPage({ loaderData }: Route.ComponentProps) {
  const { t, lang, formatDate } = useI18n();
  const { portal, query, peers, totalCount, nextCursor, due, municipalities, themes } = loaderData;
  const options = {
    municipality: namedOptions(municipalities),
    status: optionsOf(PEER_STATUSES, (status) => t(`peers.status.${status}`)),
    availability: optionsOf(PEER_AVAILABILITIES, (code) => peerAvailabilityLabel(lang, code)),
    theme: optionsOf(themes, (theme) => themeLabel(lang, { id: theme })),
  };
  const base = portalPath(portal, 'likepersoner');
  const anonymised = t('peers.page.anonymised');
  return (
    <div className="portal-stack">
      <PageTitle>{t('peers.list.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('peers.list.title')}
      </Heading>
      <ListActions label={t('peers.list.actions')}>
        <CreateLink to={`${base}/ny`}>{t('peers.list.create')}</CreateLink>
      </ListActions>

      <Card aria-labelledby="peer-due-heading" data-testid="peer-check-ins-due">
        <Heading level={2} data-size="sm" id="peer-due-heading">
          {t('peers.due.heading')}
        </Heading>
        {due.length === 0 ? (
          <Paragraph>{t('peers.due.none')}</Paragraph>
        ) : (
          <ul>
            {due.map((entry) => (
              <li key={entry.peer.id}>
                <AppLink to={`${base}/${entry.peer.id}`}>{peerName(entry.peer) ?? anonymised}</AppLink>
                {' – '}
                {entry.overdue ? (
                  <strong>{t('peers.due.overdue', { date: formatDate(entry.dueOn) })}</strong>
                ) : (
                  t('peers.due.dueOn', { date: formatDate(entry.dueOn) })
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <ListFilters label={t('peers.list.filters')} values={query} resetTo={base}>
        <SearchFilter label={t('peers.list.search')} />
        <SelectFilter name="status" label={t('peers.list.status')} options={options.status} />
        <SelectFilter name="municipality" label={t('peers.field.municipalityNumber')} options={options.municipality} />
        <SelectFilter name="availability" label={t('peers.field.availability')} options={options.availability} />
        <SelectFilter name="theme" label={t('peers.field.themeIds')} options={options.theme} />
      </ListFilters>
      <ListTable
        testId="peer-list"
        caption={t('peers.list.caption', { count: totalCount })}
        columns={[
          t('peers.field.name'),
          t('peers.field.municipalityNumber'),
          t('peers.field.availability'),
          t('peers.list.load'),
          t('peers.list.declaration'),
          t('peers.list.nextCheckIn'),
        ]}
        rows={peers}
        rowKey={(peer) => peer.id}
        cells={(peer) => [
          <AppLink key="name" to={`${base}/${peer.id}`}>
            {peerName(peer) ?? anonymised}
          </AppLink>,
          peer.municipality.name,
          peer.stoppedOn
            ? t('peers.list.stoppedOn', { date: formatDate(peer.stoppedOn) })
            : peerAvailabilityLabel(lang, peer.availability),
          t('peers.load.of', { count: String(peer.load.activeFollowUps), capacity: String(peer.load.capacity) }),
          peer.confidentialityDeclaredOn ? (
            t('peers.declaration.signedOn', { date: formatDate(peer.confidentialityDeclaredOn) })
          ) : (
            <Tag key="declaration" data-color="danger">
              {t('peers.declaration.missing')}
            </Tag>
          ),
          peer.load.nextCheckInDue ? formatDate(peer.load.nextCheckInDue) : t('peers.none'),
        ]}
        empty={t('peers.list.empty')}
      />
      <Pager
        label={t('peers.list.pages')}
        firstHref={query.after ? `${base}${listHref({ ...query, after: '' })}` : null}
        nextHref={nextCursor ? `${base}${listHref({ ...query, after: nextCursor })}` : null}
      />
    </div>
  );
}
