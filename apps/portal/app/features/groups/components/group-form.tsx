import { Button } from '@digdir/designsystemet-react';
import { Form, useNavigation } from 'react-router';
import { ConflictNotice } from './conflict-notice';
import { GroupAboutFields } from './group-form-about';
import { GROUP_FIELD_LABELS, groupFieldId } from '../group-form-labels';
import { GroupPlaceFields } from './group-form-place';
import { GroupMembershipFields, GroupScheduleFields } from './group-form-schedule';
import { AppLink } from '../../../shared/ui/app-link';
import { FormErrorSummary, summaryOf } from '../../../shared/forms/error-summary';
import type { FormErrors } from '../../../shared/forms/form-errors';
import type { FieldBinding } from '../../../shared/forms/field-binding';
import { bindFields } from '../../../shared/forms/field-binding';
import type { GroupFormField, GroupFormValues } from '../group-form';
import { GROUP_FORM_FIELDS } from '../group-form';
import { useI18n } from '../../../shared/i18n/i18n-context';

export interface GroupFormSectionProps {
  field: FieldBinding<GroupFormValues, GroupFormField>;
  municipalities: readonly { number: string; name: string }[];
}

export interface GroupFormProps {
  values: GroupFormValues;
  errors: FormErrors<GroupFormField>;
  municipalities: readonly { number: string; name: string }[];
  /** Set when editing: the version the edit is based on, sent back for the conflict check. */
  version?: number;
  /** After a conflict: what is saved now, and the version to save over it. */
  conflict?: { current: GroupFormValues; version: number; updatedAt: string } | null;
  /** Where "Cancel" goes (the group, or the list). */
  cancelHref: string;
  /** Where "start again from what is saved" goes after a conflict. */
  reloadHref?: string;
}

/** Creating and editing a group: one form, a plain POST that works without JavaScript. */
export function GroupForm({
  values,
  errors,
  municipalities,
  version,
  conflict,
  cancelHref,
  reloadHref,
}: GroupFormProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const editing = version !== undefined;
  const label = (name: GroupFormField) => t(GROUP_FIELD_LABELS[name]);
  const field = bindFields({ values, errors, id: groupFieldId, label });
  const sections = { field, municipalities };
  return (
    <Form method="post" className="portal-stack" noValidate>
      <FormErrorSummary errors={summaryOf(errors, GROUP_FORM_FIELDS, groupFieldId, label)} />
      {conflict ? <ConflictNotice yours={values} conflict={conflict} reloadHref={reloadHref ?? cancelHref} /> : null}
      {editing ? <input type="hidden" name="version" value={conflict?.version ?? version} /> : null}
      <GroupAboutFields {...sections} />
      <GroupPlaceFields {...sections} />
      <GroupMembershipFields {...sections} />
      <GroupScheduleFields {...sections} />
      <div className="portal-actions">
        <Button type="submit" loading={navigation.state === 'submitting'}>
          {editing ? t('groups.form.save') : t('groups.form.create')}
        </Button>
        <AppLink to={cancelHref}>{t('groups.form.cancel')}</AppLink>
      </div>
    </Form>
  );
}
