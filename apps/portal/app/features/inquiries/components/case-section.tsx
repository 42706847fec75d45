import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from '../../../shared/ui/app-link';
import { useI18n } from '../../../shared/i18n/i18n-context';

export interface CaseSectionProps {
  followUpCase: { id: string; reference: string } | null;
  caseHref: (id: string) => string;
  openHref: string;
}

/** A case opens from an inquiry once: the way to open it, then the link to it. */
export function CaseSection({ followUpCase, caseHref, openHref }: CaseSectionProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="inquiry-case-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="inquiry-case-heading">
        {t('inquiries.page.case')}
      </Heading>
      <Paragraph>
        {followUpCase ? (
          <AppLink to={caseHref(followUpCase.id)}>
            {t('inquiries.page.caseLink', { reference: followUpCase.reference })}
          </AppLink>
        ) : (
          <AppLink to={openHref}>{t('inquiries.page.openCase')}</AppLink>
        )}
      </Paragraph>
    </section>
  );
}
