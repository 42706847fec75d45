import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { assignableFacilitators, groupFacilitatorLimitRefusal, renderRefusal } from '@selvhjelp/domain';
import { AppLink } from '../../../shared/ui/app-link';
import { FormAlert, SelectField, TextField } from '../../../shared/forms/form-fields';
import type { FacilitatorAvailability } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { portalPath } from '../../../shared/layout/portals';
import type { Portal } from '../../../shared/layout/portals';
import type { AssignActionData } from '../group-facilitators.server';
import { availabilityLabel } from '../../courses/labels';
import { TableScroll } from '../../../shared/list/list-kit';

export interface FacilitatorAssignmentsProps {
  portal: Portal;
  facilitators: {
    available: boolean;
    canAssign: boolean;
    assignments: readonly {
      id: string;
      role?: string | null;
      fromDate: string;
      toDate?: string | null;
      facilitator: { id: string; name: string };
    }[];
    qualified: readonly {
      id: string;
      name: string;
      availability: FacilitatorAvailability;
      municipality: { name: string };
    }[];
  };
  result?: AssignActionData | undefined;
}

/** The group's facilitators, and while it is starting, a form to assign a qualified one. */
export function FacilitatorAssignments({ portal, facilitators, result }: FacilitatorAssignmentsProps) {
  const { t, lang, formatDate } = useI18n();
  if (!facilitators.available) return null;
  const failed = result && !result.ok ? result : undefined;
  // Open assignments (no end date) count against the limit; an ended one may be taken up again.
  const assignedNow = facilitators.assignments
    .filter((assignment) => !assignment.toDate)
    .map((assignment) => assignment.facilitator.id);
  const full = groupFacilitatorLimitRefusal(assignedNow);
  const choices = assignableFacilitators(facilitators.qualified, assignedNow);
  return (
    <section aria-labelledby="group-facilitators-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="group-facilitators-heading">
        {t('facilitators.assign.heading')}
      </Heading>
      {result?.ok ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('facilitators.assign.done', { name: result.name })}</Paragraph>
        </Alert>
      ) : null}
      {facilitators.assignments.length === 0 ? (
        <Paragraph>{t('facilitators.assign.none')}</Paragraph>
      ) : (
        <TableScroll label={t('facilitators.assign.heading')} landmark={false}>
          <Table>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('facilitators.assign.facilitator')}</Table.HeaderCell>
                <Table.HeaderCell>{t('facilitators.assign.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('facilitators.page.from')}</Table.HeaderCell>
                <Table.HeaderCell>{t('facilitators.page.to')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {facilitators.assignments.map((assignment) => (
                <Table.Row key={assignment.id}>
                  <Table.Cell>
                    <AppLink to={portalPath(portal, `igangsettere/${assignment.facilitator.id}`)}>
                      {assignment.facilitator.name}
                    </AppLink>
                  </Table.Cell>
                  <Table.Cell>{assignment.role ?? t('groups.none')}</Table.Cell>
                  <Table.Cell>{formatDate(assignment.fromDate)}</Table.Cell>
                  <Table.Cell>
                    {assignment.toDate ? formatDate(assignment.toDate) : t('facilitators.page.ongoing')}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {facilitators.canAssign && full ? (
        <Paragraph id="group-assign-full">{renderRefusal(full, lang)}</Paragraph>
      ) : null}
      {facilitators.canAssign && !full ? (
        <Form method="post" className="portal-form" aria-labelledby="group-assign-heading">
          <Heading level={3} data-size="2xs" id="group-assign-heading">
            {t('facilitators.assign.form')}
          </Heading>
          <FormAlert messages={failed?.errors.form ?? []} />
          <input type="hidden" name="intent" value="assign" />
          <SelectField
            id="assign-facilitator"
            name="facilitatorId"
            label={t('facilitators.assign.facilitator')}
            description={t('facilitators.assign.facilitatorHint')}
            defaultValue={failed?.values.facilitatorId ?? ''}
            error={failed?.errors.fields.facilitatorId}
          >
            <option value="">{t('facilitators.field.choose')}</option>
            {choices.map((facilitator) => (
              <option key={facilitator.id} value={facilitator.id}>
                {`${facilitator.name} (${facilitator.municipality.name}, ${availabilityLabel(lang, facilitator.availability).toLocaleLowerCase(lang)})`}
              </option>
            ))}
          </SelectField>
          <TextField
            id="assign-role"
            name="role"
            label={t('facilitators.assign.role')}
            defaultValue={failed?.values.role ?? ''}
            error={failed?.errors.fields.role}
          />
          <TextField
            id="assign-fromDate"
            name="fromDate"
            type="date"
            label={t('facilitators.assign.fromDate')}
            description={t('facilitators.assign.fromDateHint')}
            defaultValue={failed?.values.fromDate ?? ''}
            error={failed?.errors.fields.fromDate}
          />
          <div>
            <Button type="submit">{t('facilitators.assign.submit')}</Button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
