import { Alert, Button, Heading, ListItem, ListUnordered, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { isClosedGroup } from '@selvhjelp/domain';
import { DueDate } from './status-tag';
import { FormAlert, TextareaField, TextField } from '../../../shared/forms/form-fields';
import type { GroupPageQuery } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { GroupPageActionData } from '../group-actions.server';

type Group = GroupPageQuery['group'];
type FollowUpResult = Extract<GroupPageActionData, { intent: 'followUp' }>;

/** When the district next checks in with the group, a form to register a check-in, and the earlier ones. */
export function FollowUpSection({
  group,
  result,
  canEdit,
  today,
}: {
  group: Group;
  result?: FollowUpResult | undefined;
  canEdit: boolean;
  today: string;
}) {
  const { t, formatDate, formatDateTime } = useI18n();
  const failed = result && !result.ok ? result : undefined;
  const followUps = [...group.followUps].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section aria-labelledby="group-follow-up-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="group-follow-up-heading">
        {t('groups.followUp.heading')}
      </Heading>
      <Paragraph>
        {`${t('groups.followUp.nextDue')}: `}
        {group.nextFollowUpDue ? <DueDate date={group.nextFollowUpDue} today={today} /> : t('groups.followUp.noneDue')}
      </Paragraph>
      {result?.ok ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('groups.followUp.registered')}</Paragraph>
        </Alert>
      ) : null}
      {/* A closed group is not followed up any more (the gateway refuses it too). */}
      {canEdit && !isClosedGroup(group) ? (
        <Form
          method="post"
          className="portal-form"
          key={group.followUps.length}
          aria-labelledby="group-follow-up-form-heading"
        >
          <Heading level={3} data-size="2xs" id="group-follow-up-form-heading">
            {t('groups.followUp.register')}
          </Heading>
          <FormAlert messages={failed?.errors.form ?? []} />
          <input type="hidden" name="intent" value="followUp" />
          <TextField
            id="follow-up-date"
            name="date"
            type="date"
            max={today}
            label={t('groups.followUp.date')}
            defaultValue={failed?.values.date ?? today}
            error={failed?.errors.fields.date}
          />
          <TextareaField
            id="follow-up-note"
            name="note"
            label={t('groups.followUp.note')}
            description={t('groups.followUp.noteHint')}
            defaultValue={failed?.values.note ?? ''}
            error={failed?.errors.fields.note}
            rows={3}
          />
          <TextField
            id="follow-up-next"
            name="nextFollowUpDue"
            type="date"
            label={t('groups.followUp.nextDueField')}
            description={t('groups.followUp.nextDueHint')}
            defaultValue={failed?.values.nextFollowUpDue ?? ''}
            error={failed?.errors.fields.nextFollowUpDue}
          />
          <div>
            <Button type="submit">{t('groups.followUp.register')}</Button>
          </div>
        </Form>
      ) : null}
      <Heading level={3} data-size="2xs">
        {t('groups.followUp.list')}
      </Heading>
      {followUps.length === 0 ? (
        <Paragraph>{t('groups.followUp.empty')}</Paragraph>
      ) : (
        <ListUnordered>
          {followUps.map((followUp) => (
            <ListItem key={followUp.id}>
              <strong>{formatDate(followUp.date)}</strong>
              {` – ${followUp.note} `}
              <span className="portal-muted">
                {`(${followUp.registeredBy?.name ?? t('groups.unknownUser')}, ${formatDateTime(followUp.createdAt)})`}
              </span>
            </ListItem>
          ))}
        </ListUnordered>
      )}
    </section>
  );
}
