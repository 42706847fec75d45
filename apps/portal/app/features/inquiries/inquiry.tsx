import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/inquiry';
import { inquiryPageAction, loadInquiryPage } from './inquiry.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { FormAlert } from '../../shared/forms/form-fields';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { InquiryFacts } from './components/inquiry-facts';
import { ConsentSection } from './components/consent-section';
import { InterestSection } from './components/interest-section';
import { PlanActivitySection } from './components/plan-activity-section';
import { CaseSection } from './components/case-section';
import { ServiceReferralSection } from './components/service-referral-section';
import { planDefaults } from './service-referral';

export function loader({ request, params, context }: Route.LoaderArgs) {
  return loadInquiryPage(request, params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return inquiryPageAction(request, params, context);
}

export default function InquiryPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { portal, inquiry, notice, themes, municipalities } = loaderData;
  const base = portalPath(portal, 'henvendelser');
  const when = [formatDate(inquiry.receivedOn), inquiry.receivedTime].filter(Boolean).join(' ');
  const title = t('inquiries.page.title', { when });
  return (
    <div className="portal-stack">
      <PageTitle>{title}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={base}>{t('inquiries.page.back')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {notice ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t(`inquiries.page.notice.${notice}`)}</Paragraph>
        </Alert>
      ) : null}
      <div className="portal-actions">
        <AppLink to={`${base}/${inquiry.id}/rediger`}>{t('inquiries.page.edit')}</AppLink>
      </div>
      {inquiry.serviceReferral ? <ServiceReferralSection referral={inquiry.serviceReferral} /> : null}
      <InquiryFacts inquiry={inquiry} partnerHref={(id) => portalPath(portal, `samarbeidspartnere/${id}`)} />
      <CaseSection
        followUpCase={inquiry.followUpCase ?? null}
        caseHref={(id) => portalPath(portal, `saker/${id}`)}
        openHref={`${portalPath(portal, 'saker/ny')}?henvendelse=${encodeURIComponent(inquiry.id)}`}
      />
      <ConsentSection
        consents={inquiry.consents}
        errors={actionData?.intent === 'withdraw-consent' ? actionData.errors.form : []}
      />
      <PlanActivitySection
        activity={inquiry.activity ?? null}
        activityHref={(id) => portalPath(portal, `aktiviteter/${id}`)}
        action={actionData?.intent === 'plan-activity' ? actionData : null}
        defaults={planDefaults(inquiry.serviceReferral)}
      />
      <InterestSection
        // A successful add redirects here; a fresh form then starts empty.
        key={inquiry.interestListEntries.length}
        entries={inquiry.interestListEntries}
        themes={themes}
        municipalities={municipalities}
        defaults={{
          themeId: inquiry.themes[0]?.id ?? '',
          municipalityNumber: inquiry.municipality?.number ?? '',
        }}
        action={actionData?.intent === 'add-interest' ? actionData : null}
      />
      {actionData?.intent === 'unknown' ? <FormAlert messages={actionData.errors.form} /> : null}
    </div>
  );
}
