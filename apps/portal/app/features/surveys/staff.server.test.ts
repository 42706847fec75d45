import { describe, expect, it } from 'vitest';
import { renderMessage } from '@selvhjelp/domain';
import { actionData, districtActionContext, formPost } from '../../shared/forms/action-test-support';
import { GatewayError } from '../../shared/gateway/errors';
import { closeSurvey } from './results.server';
import type { CloseActionData } from './results.server';
import { createSurvey } from './new.server';
import type { NewSurveyActionData } from './new.server';

describe('close now', () => {
  it('sends the version it was shown, and a stale one is a conflict to reload', async () => {
    const { context, calls } = districtActionContext('nb', () => {
      throw new GatewayError('CONFLICT', 'Endret av en annen');
    });
    const result = await closeSurvey(formPost({ version: '3' }), 's1', context);
    expect(calls.mutations).toEqual([{ id: 's1', version: 3 }]);
    expect((result as { init: ResponseInit }).init.status).toBe(409);
    expect(actionData<CloseActionData>(result)).toEqual({ conflict: true, error: null });
  });

  it('closes when nobody changed it meanwhile', async () => {
    const { context } = districtActionContext('nb', () => ({ closeSurvey: { id: 's1', version: 4, phase: 'CLOSED' } }));
    expect(actionData<CloseActionData>(await closeSurvey(formPost({ version: '3' }), 's1', context))).toEqual({
      conflict: false,
      error: null,
    });
  });
});

describe('a new survey', () => {
  it('reports missing days and closing before opening in one round, keeping what was typed, without the gateway', async () => {
    const { context, calls } = districtActionContext('en');
    const result = actionData<NewSurveyActionData>(
      await createSurvey(
        formPost({
          fromTemplate: 'user-survey-2026',
          title: 'Vår 2027',
          intro: '',
          opensOn: '',
          closesOn: '2027-01-01',
        }),
        context,
      ),
    );
    expect(calls.mutations).toEqual([]);
    expect(result.errors.fields.opensOn).toBe(renderMessage('SURVEY_OPENS_ON_REQUIRED', undefined, 'en'));
    expect(result.values.title).toBe('Vår 2027');

    const backwards = actionData<NewSurveyActionData>(
      await createSurvey(
        formPost({
          fromTemplate: 'user-survey-2026',
          title: '',
          intro: '',
          opensOn: '2027-02-01',
          closesOn: '2027-01-01',
        }),
        context,
      ),
    );
    expect(backwards.errors.fields.closesOn).toBe(renderMessage('SURVEY_CLOSES_BEFORE_OPENING', undefined, 'en'));
  });

  it('an unknown template is refused next to its field', async () => {
    const { context, calls } = districtActionContext('nb');
    const result = actionData<NewSurveyActionData>(
      await createSurvey(
        formPost({ fromTemplate: 'finnes-ikke', title: '', intro: '', opensOn: '2027-01-01', closesOn: '2027-02-01' }),
        context,
      ),
    );
    expect(calls.mutations).toEqual([]);
    expect(result.errors.fields.fromTemplate).toBe(renderMessage('SURVEY_TEMPLATE_UNKNOWN', undefined, 'nb'));
  });

  it('goes to the new survey when the gateway takes it, with the template and the page language', async () => {
    const { context, calls } = districtActionContext('en', () => ({ createSurvey: { id: 'new-id' } }));
    const result = await createSurvey(
      formPost({
        fromTemplate: 'user-survey-2026',
        title: ' ',
        intro: '',
        opensOn: '2027-01-01',
        closesOn: '2027-02-01',
      }),
      context,
    );
    expect(calls.mutations).toEqual([
      {
        input: {
          fromTemplate: 'user-survey-2026',
          title: null,
          intro: null,
          opensOn: '2027-01-01',
          closesOn: '2027-02-01',
          language: 'EN',
        },
      },
    ]);
    expect((result as Response).headers.get('Location')).toBe('/vest/undersokelser/new-id');
  });
});
