import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/group';
import { loadPublicGroup } from './group.server';
import { AppLink } from '../../shared/ui/app-link';
import { PublicGroupDetails } from './components/public-group';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadPublicGroup(params, context);
}

export default function PublicGroupPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { group } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{group.name}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to="/grupper">{t('finder.group.back')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {group.name}
      </Heading>
      <PublicGroupDetails group={group} />
    </div>
  );
}
