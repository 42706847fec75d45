import { Fieldset } from '@digdir/designsystemet-react';
import type { GroupFormSectionProps } from './group-form';
import { AddressFields } from '../../../shared/forms/address-fields';
import { CheckboxField, ChoiceGroup } from '../../../shared/forms/choice-fields';
import { optionsOf, SelectField, TextareaField, TextField } from '../../../shared/forms/form-fields';
import type { GroupFormat } from '../../../generated/graphql';
import { formatLabel } from '../labels';
import { useI18n } from '../../../shared/i18n/i18n-context';

const FORMATS: readonly GroupFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];

/** Municipality, format, venue (with accessibility) and the meeting link. */
export function GroupPlaceFields({ field, municipalities }: GroupFormSectionProps) {
  const { t, lang } = useI18n();
  return (
    <Fieldset className="portal-fieldset">
      <Fieldset.Legend>{t('groups.form.place')}</Fieldset.Legend>
      <div className="portal-form">
        <SelectField
          {...field.text('municipalityNumber')}
          required
          blank={t('groups.form.chooseMunicipality')}
          options={municipalities.map(({ number, name }) => ({ value: number, label: `${name} (${number})` }))}
        />
      </div>
      <ChoiceGroup
        {...field.choice('format')}
        required
        type="radio"
        options={optionsOf(FORMATS, (format) => formatLabel(lang, format))}
      />
      <Fieldset className="portal-fieldset" aria-describedby="group-venue-description">
        <Fieldset.Legend>{t('groups.form.venue')}</Fieldset.Legend>
        <Fieldset.Description id="group-venue-description">{t('groups.form.venueHint')}</Fieldset.Description>
        <div className="portal-form">
          <TextField {...field.text('venueName')} />
          <AddressFields
            street={field.text('venueStreetAddress')}
            postalCode={field.text('venuePostalCode')}
            postalPlace={field.text('venuePostalPlace')}
          />
          <CheckboxField {...field.check('venueStepFreeAccess')} />
          <CheckboxField {...field.check('venueHearingLoop')} />
          <TextareaField {...field.text('venueAccessibilityNotes')} rows={2} />
        </div>
      </Fieldset>
      <div className="portal-form">
        <TextField
          {...field.text('meetingUrl')}
          type="url"
          description={t('groups.form.meetingUrlHint')}
          autoComplete="off"
        />
      </div>
    </Fieldset>
  );
}
