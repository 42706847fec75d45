import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { Route } from './+types/case';
import { loadCasePage } from './case.server';
import { casePageAction } from './case-actions.server';
import type { CaseActionData, CaseIntent } from './case-actions.server';
import { CASE_OUTCOMES, CASE_STATUSES } from './case-labels';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import {
  FormAlert,
  namedOptions,
  optionsOf,
  SelectField,
  TextareaField,
  TextField,
} from '../../shared/forms/form-fields';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ request, params, context }: Route.LoaderArgs) {
  return loadCasePage(request, params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return casePageAction(request, params, context);
}

function Intent({ value }: { value: CaseIntent }) {
  return <input type="hidden" name="intent" value={value} />;
}

export default function CasePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { portal, followUpCase: c, notes, grants, isLead, staff, resources, notice, today } = loaderData;
  const href = portalPath(portal, `saker/${c.id}`);
  const failed = (intent: CaseIntent): CaseActionData | null => (actionData?.intent === intent ? actionData : null);
  const value = (intent: CaseIntent, name: string, fallback = '') => failed(intent)?.values[name] ?? fallback;
  const errorOf = (intent: CaseIntent, name: string) => failed(intent)?.errors.fields[name];
  const formErrors = (intent: CaseIntent) => {
    const failure = failed(intent);
    if (!failure) return null;
    if (failure.conflict) return <ConflictAlert reloadHref={href} catalogue="cases" />;
    return (
      <FormAlert
        messages={[
          ...failure.errors.form,
          ...Object.values(failure.errors.fields).filter((message): message is string => Boolean(message)),
        ]}
      />
    );
  };
  const staffOptions = namedOptions(staff);
  const title = t('cases.case.title', { reference: c.reference });
  return (
    <div className="portal-stack">
      <PageTitle>{title}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={portalPath(portal, 'saker')}>{t('cases.case.back')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {notice ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t(`cases.notice.${notice}`)}</Paragraph>
        </Alert>
      ) : null}

      <section aria-labelledby="summary-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="summary-heading">
          {t('cases.case.summary')}
        </Heading>
        <dl className="portal-facts" data-testid="case-facts">
          <dt>{t('cases.col.status')}</dt>
          <dd>{t(`cases.status.${c.status}`)}</dd>
          {c.outcome ? (
            <>
              <dt>{t('cases.case.outcome')}</dt>
              <dd>{t(`cases.outcome.${c.outcome}`)}</dd>
            </>
          ) : null}
          <dt>{t('cases.col.responsible')}</dt>
          <dd>{c.responsibleStaffUser.name}</dd>
          <dt>{t('cases.col.next')}</dt>
          <dd>{c.nextFollowUpOn ? formatDate(c.nextFollowUpOn) : t('cases.none')}</dd>
          <dt>{t('cases.case.opened')}</dt>
          <dd>{formatDate(c.openedOn)}</dd>
          {c.closedOn ? (
            <>
              <dt>{t('cases.case.closed')}</dt>
              <dd>{formatDate(c.closedOn)}</dd>
            </>
          ) : null}
          <dt>{t('cases.case.inquiry')}</dt>
          <dd>
            <AppLink to={portalPath(portal, `henvendelser/${c.inquiry.id}`)}>
              {t('cases.case.inquiryLink', { date: formatDate(c.inquiry.receivedOn) })}
            </AppLink>
          </dd>
          <dt>{t('cases.case.themes')}</dt>
          <dd>{c.inquiry.themes.map((theme) => theme.label).join(', ') || t('cases.none')}</dd>
        </dl>
        {c.anonymised ? <Paragraph>{t('cases.case.anonymised')}</Paragraph> : null}
      </section>

      <section aria-labelledby="peer-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="peer-heading">
          {t('cases.peer.heading')}
        </Heading>
        {c.peer ? (
          <Paragraph data-testid="case-peer">
            {c.peer.name}
            {c.peerMatchedOn ? ` – ${t('cases.peer.matchedOn', { date: formatDate(c.peerMatchedOn) })}` : ''}
            {` – ${t('cases.peer.load', { active: c.peer.load.activeFollowUps, capacity: c.peer.load.capacity })}`}
          </Paragraph>
        ) : (
          <Paragraph>{t('cases.peer.none')}</Paragraph>
        )}
        {c.status !== 'CLOSED' ? (
          <Paragraph>
            <AppLink to={`${href}/likeperson`}>{t('cases.peer.suggest')}</AppLink>
          </Paragraph>
        ) : null}
      </section>

      <section aria-labelledby="status-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="status-heading">
          {t('cases.status.heading')}
        </Heading>
        {c.status === 'CLOSED' ? (
          <Paragraph>{t('cases.status.closedInfo')}</Paragraph>
        ) : (
          <Form method="post" className="portal-stack" noValidate>
            {formErrors('status')}
            <Intent value="status" />
            <input type="hidden" name="version" value={c.version} />
            <SelectField
              id="status-status"
              name="status"
              label={t('cases.status.new')}
              required
              defaultValue={value('status', 'status', c.status === 'OPEN' ? 'PAUSED' : 'OPEN')}
              error={errorOf('status', 'status')}
              options={optionsOf(
                CASE_STATUSES.filter((status) => status !== c.status),
                (status) => t(`cases.status.${status}`),
              )}
            />
            <SelectField
              id="status-outcome"
              name="outcome"
              label={t('cases.status.outcome')}
              blank={t('cases.none')}
              defaultValue={value('status', 'outcome')}
              error={errorOf('status', 'outcome')}
              options={optionsOf(CASE_OUTCOMES, (outcome) => t(`cases.outcome.${outcome}`))}
            />
            <TextField
              id="status-outcomeNote"
              name="outcomeNote"
              label={t('cases.status.outcomeNote')}
              defaultValue={value('status', 'outcomeNote')}
              error={errorOf('status', 'outcomeNote')}
            />
            <div className="portal-actions">
              <Button type="submit">{t('cases.status.submit')}</Button>
            </div>
          </Form>
        )}
      </section>

      <section aria-labelledby="edit-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="edit-heading">
          {t('cases.edit.heading')}
        </Heading>
        <Form method="post" className="portal-stack" noValidate>
          {formErrors('edit')}
          <Intent value="edit" />
          <input type="hidden" name="version" value={c.version} />
          <SelectField
            id="edit-responsibleStaffUserId"
            name="responsibleStaffUserId"
            label={t('cases.edit.responsible')}
            required
            defaultValue={value('edit', 'responsibleStaffUserId', c.responsibleStaffUser.id)}
            error={errorOf('edit', 'responsibleStaffUserId')}
            options={staffOptions}
          />
          <TextField
            id="edit-nextFollowUpOn"
            name="nextFollowUpOn"
            type="date"
            label={t('cases.edit.next')}
            defaultValue={value('edit', 'nextFollowUpOn', c.nextFollowUpOn ?? '')}
            error={errorOf('edit', 'nextFollowUpOn')}
          />
          <div className="portal-actions">
            <Button type="submit" variant="secondary">
              {t('cases.edit.submit')}
            </Button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="notes-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="notes-heading">
          {t('cases.notes.heading')}
        </Heading>
        {notes === null ? (
          <Alert data-color="info" data-testid="notes-forbidden">
            <Paragraph>{t('cases.notes.forbidden')}</Paragraph>
          </Alert>
        ) : (
          <>
            {notes.length === 0 ? (
              <Paragraph>{t('cases.notes.empty')}</Paragraph>
            ) : (
              <ul className="portal-stack" data-testid="case-notes">
                {notes.map((note) => (
                  <li key={note.id}>
                    <Paragraph data-size="sm">
                      {t('cases.notes.by', {
                        date: formatDate(note.date),
                        author: note.author?.name ?? t('cases.none'),
                      })}
                    </Paragraph>
                    <Paragraph>{note.text ?? t('cases.none')}</Paragraph>
                  </li>
                ))}
              </ul>
            )}
            {c.anonymised ? null : (
              <Form method="post" className="portal-stack" noValidate aria-labelledby="note-add-heading">
                <Heading level={3} data-size="xs" id="note-add-heading">
                  {t('cases.notes.add')}
                </Heading>
                {formErrors('note')}
                <Intent value="note" />
                <TextareaField
                  id="note-text"
                  name="text"
                  label={t('cases.notes.text')}
                  description={t('cases.notes.textHint')}
                  required
                  defaultValue={value('note', 'text')}
                  error={errorOf('note', 'text')}
                />
                <TextField
                  id="note-date"
                  name="date"
                  type="date"
                  label={t('cases.notes.date')}
                  defaultValue={value('note', 'date', today)}
                  error={errorOf('note', 'date')}
                />
                <TextField
                  id="note-nextFollowUpOn"
                  name="nextFollowUpOn"
                  type="date"
                  label={t('cases.notes.next')}
                  defaultValue={value('note', 'nextFollowUpOn')}
                  error={errorOf('note', 'nextFollowUpOn')}
                />
                <div className="portal-actions">
                  <Button type="submit">{t('cases.notes.submit')}</Button>
                </div>
              </Form>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="referrals-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="referrals-heading">
          {t('cases.referrals.heading')}
        </Heading>
        {c.referrals.length === 0 ? (
          <Paragraph>{t('cases.referrals.empty')}</Paragraph>
        ) : (
          <ul className="portal-stack">
            {c.referrals.map((referral) => (
              <li key={referral.id}>
                {formatDate(referral.date)}: {referral.referralResourceName}
                {referral.note ? ` – ${referral.note}` : ''}
              </li>
            ))}
          </ul>
        )}
        {c.status === 'CLOSED' ? null : (
          <Form method="post" className="portal-stack" noValidate>
            {formErrors('referral')}
            <Intent value="referral" />
            <SelectField
              id="referral-referralResourceId"
              name="referralResourceId"
              label={t('cases.referrals.resource')}
              required
              blank={t('cases.referrals.choose')}
              defaultValue={value('referral', 'referralResourceId')}
              error={errorOf('referral', 'referralResourceId')}
              options={namedOptions(resources)}
            />
            <TextField
              id="referral-note"
              name="note"
              label={t('cases.referrals.note')}
              defaultValue={value('referral', 'note')}
              error={errorOf('referral', 'note')}
            />
            <div className="portal-actions">
              <Button type="submit" variant="secondary">
                {t('cases.referrals.submit')}
              </Button>
            </div>
          </Form>
        )}
      </section>

      {isLead ? (
        <section aria-labelledby="lead-heading" className="portal-stack">
          <Heading level={2} data-size="sm" id="lead-heading">
            {t('cases.lead.heading')}
          </Heading>
          <ul className="portal-link-list">
            <li>
              <AppLink to={`${href}/innsyn`}>{t('cases.lead.accessLog')}</AppLink>
            </li>
          </ul>
          <form method="post" action={`${href}/eksport`}>
            <Button type="submit" variant="secondary">
              {t('cases.lead.export')}
            </Button>
          </form>
          <Heading level={3} data-size="xs" id="grants-heading">
            {t('cases.grants.heading')}
          </Heading>
          {grants && grants.length > 0 ? (
            <ul className="portal-stack" data-testid="case-grants">
              {grants.map((grant) => (
                <li key={grant.id}>
                  {grant.active
                    ? t('cases.grants.active', {
                        name: grant.staffUser.name,
                        date: formatDate(grant.expiresAt.slice(0, 10)),
                      })
                    : t('cases.grants.ended', { name: grant.staffUser.name })}
                  {grant.active ? (
                    <Form method="post">
                      <Intent value="revoke" />
                      <input type="hidden" name="grantId" value={grant.id} />
                      <Button type="submit" variant="tertiary" data-size="sm">
                        {t('cases.grants.revoke', { name: grant.staffUser.name })}
                      </Button>
                    </Form>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('cases.grants.empty')}</Paragraph>
          )}
          <Form method="post" className="portal-stack" noValidate aria-labelledby="grants-heading">
            {formErrors('grant')}
            <Intent value="grant" />
            <SelectField
              id="grant-staffUserId"
              name="staffUserId"
              label={t('cases.grants.staff')}
              required
              defaultValue={value('grant', 'staffUserId')}
              error={errorOf('grant', 'staffUserId')}
              options={staffOptions}
            />
            <TextField
              id="grant-until"
              name="until"
              type="date"
              label={t('cases.grants.until')}
              required
              defaultValue={value('grant', 'until')}
              error={errorOf('grant', 'until')}
            />
            <div className="portal-actions">
              <Button type="submit" variant="secondary">
                {t('cases.grants.submit')}
              </Button>
            </div>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
