import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterContextProvider } from 'react-router';
import { gatewayContext, langContext } from '../../context.server';
import { callerOf } from '../../middleware/caller.server';
import { createGateway } from '../../shared/gateway/gateway.server';
import { fetchTransport } from '../../shared/gateway/transport.server';
import { handleError } from '../../entry.server';
import { loadPublicSurvey, submitPublicSurvey } from './public.server';
import type { SurveyAnswerActionData } from './public.server';
import { answeredCookieHeader, hasAnsweredCookie, secondsUntilClosed } from './answered-cookie';

const TOKEN = 'demo-vest-brukerundersokelse';
const QUESTIONS = [
  {
    id: 'q1',
    kind: 'SINGLE_CHOICE',
    text: 'Hvordan fant du gruppen?',
    options: ['Lege', 'Venn'],
    scaleMin: null,
    scaleMax: null,
    scaleMinLabel: null,
    scaleMaxLabel: null,
    required: false,
    sensitive: false,
  },
  {
    id: 'q2',
    kind: 'MULTIPLE_CHOICE',
    text: 'Arbeid',
    options: ['Jobb', 'Studier', 'Sykmeldt'],
    scaleMin: null,
    scaleMax: null,
    scaleMinLabel: null,
    scaleMaxLabel: null,
    required: false,
    sensitive: false,
  },
  {
    id: 'q3',
    kind: 'SCALE',
    text: 'Har det hjulpet?',
    options: [],
    scaleMin: 1,
    scaleMax: 5,
    scaleMinLabel: 'Ikke',
    scaleMaxLabel: 'Mye',
    required: false,
    sensitive: false,
  },
  {
    id: 'q4',
    kind: 'FREE_TEXT',
    text: 'Noe annet?',
    options: [],
    scaleMin: null,
    scaleMax: null,
    scaleMinLabel: null,
    scaleMaxLabel: null,
    required: false,
    sensitive: false,
  },
];
const SURVEY = {
  title: 'Brukerundersøkelse',
  intro: null,
  opensOn: '2026-11-15',
  closesOn: '2027-01-14',
  phase: 'OPEN',
  questions: QUESTIONS,
  helpLines: [{ name: 'Mental Helse', phone: '116 123' }],
};

interface Sent {
  headers: Headers;
  body: { operationName?: string; variables?: Record<string, unknown> };
}

/** A gateway at the other end of a real client: records what reaches it, answers by operation. */
function gatewayFor(
  request: Request,
  submit: () => unknown = () => ({ data: { submitSurveyResponse: { ok: true } } }),
) {
  const sent: Sent[] = [];
  const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Sent['body'];
    sent.push({ headers: new Headers(init?.headers), body });
    const answer = body.operationName === 'PublicSurvey' ? { data: { publicSurvey: SURVEY } } : submit();
    return new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/graphql-response+json' } });
  }) as typeof fetch;
  const context = new RouterContextProvider();
  context.set(langContext, 'nb');
  context.set(
    gatewayContext,
    createGateway(
      'http://gateway.test/graphql',
      callerOf(request, 'staff-session-token', 'nb'),
      fetchTransport(fetchImpl),
    ),
  );
  return { context, sent };
}

/** A respondent's post, as a browser behind the proxy sends it: address, agent, a staff cookie even. */
function answerPost(fields: [string, string][]): Request {
  return new Request(`http://portal.test/undersokelse/${TOKEN}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: {
      'X-Forwarded-For': '203.0.113.7',
      'User-Agent': 'Mozilla/5.0 (Respondent)',
      Cookie: 'session=abc',
    },
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('submitting a public survey', () => {
  it('tells the gateway nothing about the respondent, and logs nothing', async () => {
    const logged = [
      vi.spyOn(console, 'log').mockImplementation(() => {}),
      vi.spyOn(console, 'info').mockImplementation(() => {}),
      vi.spyOn(console, 'warn').mockImplementation(() => {}),
      vi.spyOn(console, 'error').mockImplementation(() => {}),
    ];
    const request = answerPost([
      ['q.q1', '1'],
      ['q.q2', '0'],
      ['q.q2', '2'],
      ['q.q3', '4'],
      ['q.q4', 'Fint'],
    ]);
    const { context, sent } = gatewayFor(request);
    const result = await submitPublicSurvey(request, TOKEN, context);
    expect(result).toBeInstanceOf(Response);
    const response = result as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe(`/undersokelse/${TOKEN}/takk`);
    expect(sent.map(({ body }) => body.operationName)).toEqual(['PublicSurvey', 'SubmitSurveyResponse']);
    for (const { headers } of sent) {
      expect(headers.has('x-forwarded-for')).toBe(false);
      expect(headers.has('user-agent')).toBe(false);
      expect(headers.has('authorization')).toBe(false);
      expect(headers.has('cookie')).toBe(false);
    }
    // The sheet is the token and the answers: nothing else goes with it.
    expect(sent[1]!.body.variables).toEqual({
      token: TOKEN,
      answers: [
        { questionId: 'q1', choices: [1] },
        { questionId: 'q2', choices: [0, 2] },
        { questionId: 'q3', scaleValue: 4 },
        { questionId: 'q4', text: 'Fint' },
      ],
    });
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
  });

  it('sets only the "answered" note for this survey: no id, no time', async () => {
    const request = answerPost([['q.q1', '0']]);
    const { context } = gatewayFor(request);
    const response = (await submitPublicSurvey(request, TOKEN, context)) as Response;
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(
      new RegExp(`^survey_answered=1; Path=/undersokelse/${TOKEN}; Max-Age=\\d+; HttpOnly; SameSite=Lax(; Secure)?$`),
    );
  });

  it('keeps what was typed and puts each refusal next to its question', async () => {
    const request = answerPost([
      ['q.q3', '9'],
      ['q.q4', 'Mitt svar'],
    ]);
    const { context } = gatewayFor(request, () => ({
      errors: [
        {
          message: 'Ugyldig svar',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [{ field: 'answers.q3', message: 'Velg en verdi fra 1 til 5.' }],
          },
        },
      ],
    }));
    const result = (await submitPublicSurvey(request, TOKEN, context)) as {
      data: SurveyAnswerActionData;
      init: ResponseInit;
    };
    expect(result.init.status).toBe(400);
    expect(result.data.errors.fields).toEqual({ q3: 'Velg en verdi fra 1 til 5.' });
    expect(result.data.values.q3).toEqual(['9']);
    expect(result.data.values.q4).toEqual(['Mitt svar']);
  });

  it('answers 404 for an unknown link', async () => {
    const request = answerPost([]);
    const sent: string[] = [];
    const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(String(init?.body));
      return new Response(JSON.stringify({ errors: [{ message: 'Ikke funnet', extensions: { code: 'NOT_FOUND' } }] }), {
        headers: { 'Content-Type': 'application/graphql-response+json' },
      });
    }) as typeof fetch;
    const context = new RouterContextProvider();
    context.set(langContext, 'nb');
    context.set(
      gatewayContext,
      createGateway('http://gateway.test/graphql', callerOf(request, null, 'nb'), fetchTransport(fetchImpl)),
    );
    await expect(submitPublicSurvey(request, 'ukjent', context)).rejects.toMatchObject({ init: { status: 404 } });
    expect(sent).toHaveLength(1);
  });
});

describe('the answered note', () => {
  it('shows the form again only when asked, and only for the survey it was set for', async () => {
    const get = (query = '', cookie?: string) =>
      new Request(`http://portal.test/undersokelse/${TOKEN}${query}`, cookie ? { headers: { Cookie: cookie } } : {});
    const load = async (request: Request) => {
      const { context } = gatewayFor(request);
      return ((await loadPublicSurvey(request, TOKEN, context)) as { data: { answered: boolean; showForm: boolean } })
        .data;
    };
    expect(await load(get())).toMatchObject({ answered: false, showForm: true });
    expect(await load(get('', 'survey_answered=1'))).toMatchObject({ answered: true, showForm: false });
    expect(await load(get('?igjen', 'lang=nb; survey_answered=1'))).toMatchObject({ answered: true, showForm: true });
    expect(hasAnsweredCookie(get('', 'survey_answered=0'))).toBe(false);
  });

  it('lasts until the survey has closed', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    expect(secondsUntilClosed('2026-12-05', now)).toBe(12 * 60 * 60);
    expect(secondsUntilClosed('2026-12-01', now)).toBe(0);
    expect(answeredCookieHeader('a b', '2026-12-06', true, now)).toBe(
      `survey_answered=1; Path=/undersokelse/a%20b; Max-Age=${36 * 60 * 60}; HttpOnly; SameSite=Lax; Secure`,
    );
  });
});

describe('other pages', () => {
  it('still tell the gateway who is calling', () => {
    const request = new Request('http://portal.test/vest/grupper', {
      headers: { 'X-Forwarded-For': '203.0.113.7', 'User-Agent': 'Staff/1.0' },
    });
    expect(callerOf(request, 'tok', 'en')).toEqual({
      token: 'tok',
      forwardedFor: '203.0.113.7',
      userAgent: 'Staff/1.0',
      lang: 'en',
    });
  });

  it('an error on a survey page is logged without the link', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const request = new Request(`http://portal.test/undersokelse/${TOKEN}/takk`);
    handleError(new Error('boom'), { request, params: {}, context: new RouterContextProvider() });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(spy.mock.calls[0]?.[0])).not.toContain(TOKEN);
    expect(spy.mock.calls[0]?.[0]).toBe('GET /undersokelse/… failed:');
  });
});
