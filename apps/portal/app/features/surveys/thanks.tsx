import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/thanks';
import { loadThanks } from './public.server';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { HelpLines } from './components/help-lines';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadThanks(params.token, context);
}

/** After a sheet is sent: thanks, and the help lines once more. */
export default function SurveyThanksPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <div className="portal-stack">
      <PageTitle>{t('surveys.public.thanksTitle')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('surveys.public.thanksTitle')}
      </Heading>
      <Paragraph>{t('surveys.public.thanksBody', { title: loaderData.title })}</Paragraph>
      <HelpLines lines={loaderData.helpLines} />
    </div>
  );
}
