import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/new';
import { loadNewInquiry, saveInquiry } from './inquiry-form.server';
import { InquiryForm } from './components/inquiry-form';
import { PageTitle } from '../../shared/ui/page';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ context }: Route.LoaderArgs) {
  return loadNewInquiry(context);
}

export function action({ request, context }: Route.ActionArgs) {
  return saveInquiry(request, {}, context);
}

export default function NewInquiryPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, partners, municipalities } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{t('inquiries.new.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('inquiries.new.title')}
      </Heading>
      <InquiryForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors ?? emptyFormErrors()}
        partners={partners}
        municipalities={municipalities}
        cancelHref={portalPath(portal, 'henvendelser')}
      />
    </div>
  );
}
