import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { AppLink } from '../../../shared/ui/app-link';
import { SelectField } from '../../../shared/forms/form-fields';
import { useI18n } from '../../../shared/i18n/i18n-context';

export interface PartnerVenuesProps {
  venues: readonly {
    id: string;
    name: string;
    streetAddress: string;
    postalPlace: string;
    groups: readonly { id: string; name: string }[];
  }[];
  /** The district's venues no partner provides yet. */
  unlinkedVenues: readonly { id: string; name: string; streetAddress: string; postalPlace: string }[];
  /** `/vest`: group pages live at `/vest/grupper/:id`. */
  portalBase: string;
  /** A refused link or unlink. */
  error: { intent: string; missing: boolean; message: string | null } | null;
  /** The partner page without `?melding=…`, where the forms post. */
  action: string;
}

/** Venues the partner provides, the groups meeting there, and small POST forms to link and unlink. */
export function PartnerVenues({ venues, unlinkedVenues, portalBase, error, action }: PartnerVenuesProps) {
  const { t } = useI18n();
  const linkError = error?.intent === 'link-venue' ? (error.message ?? t('partners.venues.choose')) : undefined;
  const unlinkError = error && error.intent !== 'link-venue' ? (error.message ?? t('validation.invalid')) : null;
  return (
    <section aria-labelledby="venues-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="venues-heading">
        {t('partners.venues.heading')}
      </Heading>
      {unlinkError ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{unlinkError}</Paragraph>
        </Alert>
      ) : null}
      {venues.length === 0 ? (
        <Paragraph>{t('partners.venues.none')}</Paragraph>
      ) : (
        <ul className="portal-plain-list">
          {venues.map((venue) => (
            <li key={venue.id} className="portal-stack">
              <Heading level={3} data-size="2xs">
                {venue.name}
              </Heading>
              <Paragraph data-size="sm">
                {[venue.streetAddress, venue.postalPlace].filter(Boolean).join(', ')}
              </Paragraph>
              {venue.groups.length === 0 ? (
                <Paragraph data-size="sm">{t('partners.venues.noGroups')}</Paragraph>
              ) : (
                <>
                  <Paragraph data-size="sm">{t('partners.venues.groups')}</Paragraph>
                  <ul>
                    {venue.groups.map((group) => (
                      <li key={group.id}>
                        <AppLink to={`${portalBase}/grupper/${group.id}`}>{group.name}</AppLink>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <Form method="post" action={action} className="portal-inline-form">
                <input type="hidden" name="intent" value="unlink-venue" />
                <input type="hidden" name="venueId" value={venue.id} />
                <Button
                  type="submit"
                  variant="secondary"
                  data-size="sm"
                  aria-label={t('partners.venues.unlinkNamed', { name: venue.name })}
                >
                  {t('partners.venues.unlink')}
                </Button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      {unlinkedVenues.length === 0 ? (
        <Paragraph data-size="sm">{t('partners.venues.noneToLink')}</Paragraph>
      ) : (
        <Form method="post" action={action} className="portal-filters" aria-label={t('partners.venues.link')}>
          <input type="hidden" name="intent" value="link-venue" />
          <SelectField
            id="link-venue"
            name="venueId"
            label={t('partners.venues.venue')}
            defaultValue=""
            error={linkError}
          >
            <option value="">{t('partners.field.choose')}</option>
            {unlinkedVenues.map((venue) => (
              <option key={venue.id} value={venue.id}>
                {[venue.name, venue.streetAddress, venue.postalPlace].filter(Boolean).join(', ')}
              </option>
            ))}
          </SelectField>
          <div className="portal-actions">
            <Button type="submit" variant="secondary">
              {t('partners.venues.link')}
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}
