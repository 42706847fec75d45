import { Fieldset } from '@digdir/designsystemet-react';
import type { GroupFormSectionProps } from './group-form';
import { groupFieldId as id } from '../group-form-labels';
import { CheckboxField, ChoiceGroup } from '../../../shared/forms/choice-fields';
import { SelectField, TextareaField, TextField } from '../../../shared/forms/form-fields';
import type { GroupFormat } from '../../../generated/graphql';
import { formatLabel } from '../labels';
import { useI18n } from '../../../shared/i18n/i18n-context';

const FORMATS: readonly GroupFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];

/** Municipality, format, venue (with accessibility) and the meeting link. */
export function GroupPlaceFields({ values, errors, municipalities }: GroupFormSectionProps) {
  const { t, lang } = useI18n();
  const field = errors.fields;
  return (
    <Fieldset className="portal-fieldset">
      <Fieldset.Legend>{t('groups.form.place')}</Fieldset.Legend>
      <div className="portal-form">
        <SelectField
          required
          id={id('municipalityNumber')}
          name="municipalityNumber"
          label={t('groups.form.municipality')}
          defaultValue={values.municipalityNumber}
          error={field.municipalityNumber}
        >
          <option value="">{t('groups.form.chooseMunicipality')}</option>
          {municipalities.map((municipality) => (
            <option key={municipality.number} value={municipality.number}>
              {`${municipality.name} (${municipality.number})`}
            </option>
          ))}
        </SelectField>
      </div>
      <ChoiceGroup
        required
        id={id('format')}
        name="format"
        type="radio"
        legend={t('groups.form.format')}
        options={FORMATS.map((format) => ({ value: format, label: formatLabel(lang, format) }))}
        selected={[values.format]}
        error={field.format}
      />
      <Fieldset className="portal-fieldset" aria-describedby="group-venue-description">
        <Fieldset.Legend>{t('groups.form.venue')}</Fieldset.Legend>
        <Fieldset.Description id="group-venue-description">{t('groups.form.venueHint')}</Fieldset.Description>
        <div className="portal-form">
          <TextField
            id={id('venueName')}
            name="venueName"
            label={t('groups.form.venueName')}
            defaultValue={values.venueName}
            error={field.venueName}
          />
          <TextField
            id={id('venueStreetAddress')}
            name="venueStreetAddress"
            label={t('groups.form.streetAddress')}
            defaultValue={values.venueStreetAddress}
            error={field.venueStreetAddress}
            autoComplete="off"
          />
          <div className="portal-field-row">
            <TextField
              id={id('venuePostalCode')}
              name="venuePostalCode"
              label={t('groups.form.postalCode')}
              defaultValue={values.venuePostalCode}
              error={field.venuePostalCode}
              inputMode="numeric"
              size={6}
              autoComplete="off"
            />
            <TextField
              id={id('venuePostalPlace')}
              name="venuePostalPlace"
              label={t('groups.form.postalPlace')}
              defaultValue={values.venuePostalPlace}
              error={field.venuePostalPlace}
              autoComplete="off"
            />
          </div>
          <CheckboxField
            id={id('venueStepFreeAccess')}
            name="venueStepFreeAccess"
            label={t('groups.form.stepFreeAccess')}
            defaultChecked={values.venueStepFreeAccess}
            error={field.venueStepFreeAccess}
          />
          <CheckboxField
            id={id('venueHearingLoop')}
            name="venueHearingLoop"
            label={t('groups.form.hearingLoop')}
            defaultChecked={values.venueHearingLoop}
            error={field.venueHearingLoop}
          />
          <TextareaField
            id={id('venueAccessibilityNotes')}
            name="venueAccessibilityNotes"
            label={t('groups.form.accessibilityNotes')}
            defaultValue={values.venueAccessibilityNotes}
            error={field.venueAccessibilityNotes}
            rows={2}
          />
        </div>
      </Fieldset>
      <div className="portal-form">
        <TextField
          id={id('meetingUrl')}
          name="meetingUrl"
          type="url"
          label={t('groups.form.meetingUrl')}
          description={t('groups.form.meetingUrlHint')}
          defaultValue={values.meetingUrl}
          error={field.meetingUrl}
          autoComplete="off"
        />
      </div>
    </Fieldset>
  );
}
