import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Form, useNavigation } from 'react-router';
import { ChoiceGroup } from '../../../shared/forms/choice-fields';
import { namedOptions, optionsOf, SelectField, TextareaField, TextField } from '../../../shared/forms/form-fields';
import { bindFields } from '../../../shared/forms/field-binding';
import { FormErrorSummary, summaryOf } from '../../../shared/forms/error-summary';
import type { FormErrors } from '../../../shared/forms/form-errors';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { AppLink } from '../../../shared/ui/app-link';
import { ConflictAlert } from '../../../shared/ui/conflict-alert';
import { languageName, themeLabel } from '../../groups/labels';
import { peerAvailabilityLabel, peerGenderLabel } from '../labels';
import type { PeerFormField, PeerFormValues } from '../peer-form';
import { PEER_AVAILABILITIES, PEER_FORM_FIELDS, PEER_GENDERS, PEER_PERSON_KINDS } from '../peer-form';

type Option = { number: string; name: string };

export interface PeerFormProps {
  values: PeerFormValues;
  errors: FormErrors<PeerFormField>;
  municipalities: readonly Option[];
  languages: readonly string[];
  themes: readonly string[];
  staff: readonly Option[];
  /** On create: the district's facilitators, to make one of them a peer too. */
  facilitators?: readonly Option[];
  /** On edit of a facilitator-peer: whose name and contact the peer has. */
  linkedFacilitator?: { id: string; name: string } | null;
  version?: number;
  conflict?: { version: number } | null;
  cancelHref: string;
  reloadHref?: string;
}

const fieldId = (field: PeerFormField | 'person') => `peer-${field === 'contact' ? 'email' : field}`;

/** Creating and editing a volunteer peer: a plain POST that works without JavaScript. */
export function PeerForm({
  values,
  errors,
  municipalities,
  languages,
  themes,
  staff,
  facilitators,
  linkedFacilitator,
  version,
  conflict,
  cancelHref,
  reloadHref,
}: PeerFormProps) {
  const { t, lang } = useI18n();
  const navigation = useNavigation();
  const editing = version !== undefined;
  const label = (name: PeerFormField) => t(`peers.field.${name}` as MessageKey);
  const field = bindFields({ values, errors, id: fieldId, label });
  const summary = summaryOf(errors, PEER_FORM_FIELDS, fieldId, label);
  const ownPerson = (
    <>
      <TextField {...field.text('name')} autoComplete="off" />
      <TextField
        {...field.text('email')}
        type="email"
        description={t('peers.field.contactHint')}
        error={errors.fields.email ?? errors.fields.contact}
        autoComplete="off"
      />
      <TextField {...field.text('phone')} type="tel" autoComplete="off" />
    </>
  );
  return (
    <Form method="post" className="portal-stack" noValidate>
      <FormErrorSummary errors={summary} />
      {conflict ? (
        <ConflictAlert reloadHref={reloadHref ?? cancelHref} catalogue="peers" testId="peer-conflict" />
      ) : null}
      {editing ? <input type="hidden" name="version" value={conflict?.version ?? version} /> : null}
      {editing ? (
        <>
          <input type="hidden" name="linked" value={linkedFacilitator ? 'true' : 'false'} />
          {linkedFacilitator ? (
            <Paragraph>{t('peers.form.linkedFacilitator', { name: linkedFacilitator.name })}</Paragraph>
          ) : (
            ownPerson
          )}
        </>
      ) : (
        <>
          <ChoiceGroup
            id={fieldId('person')}
            name="person"
            type="radio"
            legend={t('peers.field.person')}
            description={t('peers.field.personHint')}
            selected={[values.person]}
            options={optionsOf(PEER_PERSON_KINDS, (kind) => t(`peers.field.person.${kind}`))}
          />
          <SelectField
            {...field.text('facilitatorId')}
            description={t('peers.field.facilitatorIdHint')}
            blank={t('peers.field.choose')}
            options={namedOptions(facilitators ?? [])}
          />
          {ownPerson}
        </>
      )}
      <SelectField
        {...field.text('municipalityNumber')}
        required
        blank={t('peers.field.choose')}
        options={namedOptions(municipalities)}
      />
      <ChoiceGroup
        {...field.choice('languages')}
        type="checkbox"
        options={optionsOf(languages, (code) => languageName(lang, code))}
        columns
      />
      <ChoiceGroup
        {...field.choice('themeIds')}
        type="checkbox"
        options={optionsOf(themes, (theme) => themeLabel(lang, { id: theme }))}
        columns
      />
      <TextareaField {...field.text('experience')} description={t('peers.field.experienceHint')} />
      <SelectField
        {...field.text('gender')}
        blank={t('peers.field.genderNone')}
        options={optionsOf(PEER_GENDERS, (code) => peerGenderLabel(lang, code))}
      />
      <ChoiceGroup
        {...field.choice('availability')}
        required
        type="radio"
        options={optionsOf(PEER_AVAILABILITIES, (code) => peerAvailabilityLabel(lang, code))}
      />
      <TextField {...field.text('availabilityNote')} description={t('peers.field.availabilityNoteHint')} />
      <TextField {...field.text('capacity')} inputMode="numeric" />
      <TextField
        {...field.text('confidentialityDeclaredOn')}
        type="date"
        description={t('peers.field.confidentialityHint')}
      />
      <SelectField
        {...field.text('followUpStaffUserId')}
        blank={t('peers.field.choose')}
        options={namedOptions(staff)}
      />
      <TextareaField {...field.text('notes')} />
      {editing ? null : (
        <>
          <TextField {...field.text('consentGivenOn')} required type="date" />
          <TextareaField {...field.text('consentText')} required description={t('peers.field.consentTextHint')} />
        </>
      )}
      <div className="portal-actions">
        <Button type="submit" loading={navigation.state === 'submitting'}>
          {editing ? t('peers.form.save') : t('peers.form.create')}
        </Button>
        <AppLink to={cancelHref}>{t('peers.form.cancel')}</AppLink>
      </div>
    </Form>
  );
}
