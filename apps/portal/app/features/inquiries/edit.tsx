import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/edit';
import { loadInquiryForEdit, saveInquiry } from './inquiry-form.server';
import { InquiryForm } from './components/inquiry-form';
import { PageTitle } from '../../shared/ui/page';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadInquiryForEdit(params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return saveInquiry(request, params, context);
}

export default function EditInquiryPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, id, version, partners, municipalities, consentsInForce } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{t('inquiries.edit.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('inquiries.edit.title')}
      </Heading>
      <InquiryForm
        // A conflict hands the form a new version and the typed values: render it afresh.
        key={actionData?.conflict?.version ?? version}
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors ?? emptyFormErrors()}
        conflict={actionData?.conflict ?? null}
        version={version}
        consentsInForce={consentsInForce}
        partners={partners}
        municipalities={municipalities}
        cancelHref={portalPath(portal, `henvendelser/${id}`)}
        reloadHref={portalPath(portal, `henvendelser/${id}/rediger`)}
      />
    </div>
  );
}
