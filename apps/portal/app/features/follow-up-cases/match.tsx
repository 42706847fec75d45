import { Button, Card, Heading, ListItem, ListUnordered, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { Route } from './+types/match';
import { confirmMatchAction, loadPeerSuggestions } from './match.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { FormAlert } from '../../shared/forms/form-fields';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadPeerSuggestions(params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return confirmMatchAction(request, params, context);
}

export default function PeerMatchPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, followUpCase, suggestions } = loaderData;
  const caseHref = portalPath(portal, `saker/${followUpCase.id}`);
  const title = t('cases.match.title', { reference: followUpCase.reference });
  return (
    <div className="portal-stack">
      <PageTitle>{title}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={caseHref}>{t('cases.match.backToCase')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>{t('cases.match.intro')}</Paragraph>
      {actionData?.conflict ? <ConflictAlert reloadHref={`${caseHref}/likeperson`} catalogue="cases" /> : null}
      {actionData?.message ? <FormAlert messages={[actionData.message]} /> : null}
      {suggestions.suggestions.length === 0 ? (
        <Paragraph role="status">{t('cases.match.empty')}</Paragraph>
      ) : (
        <ol className="portal-stack" data-testid="peer-suggestions">
          {suggestions.suggestions.map((suggestion) => (
            <li key={suggestion.peer.id}>
              <Card>
                <Heading level={2} data-size="xs">
                  {suggestion.peer.name}
                </Heading>
                <Paragraph data-size="sm">
                  {t('cases.peer.load', {
                    active: suggestion.peer.load.activeFollowUps,
                    capacity: suggestion.peer.load.capacity,
                  })}
                </Paragraph>
                <Paragraph data-size="sm">{t('cases.match.reasons')}</Paragraph>
                <ListUnordered>
                  {suggestion.reasons.map((reason) => (
                    <ListItem key={reason.text}>{reason.text}</ListItem>
                  ))}
                </ListUnordered>
                <Form method="post">
                  <input type="hidden" name="peerId" value={suggestion.peer.id} />
                  <input type="hidden" name="caseVersion" value={suggestions.caseVersion} />
                  <Button type="submit">
                    {t('cases.match.confirm', { name: suggestion.peer.name ?? t('cases.none') })}
                  </Button>
                </Form>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
