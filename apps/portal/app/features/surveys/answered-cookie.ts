/** The cookie's name; its path keeps it to one survey's pages. */
export const ANSWERED_COOKIE = 'survey_answered';

/**
 * Seconds from `now` until the survey's last day (closesOn, Europe/Oslo) is over. Counted to
 * midnight UTC after closesOn, at most two hours past Oslo's midnight: by then the link takes no
 * answers anyway, so the note outliving it by minutes tells nothing.
 */
export function secondsUntilClosed(closesOn: string, now: Date = new Date()): number {
  const end = Date.parse(`${closesOn}T00:00:00Z`) + 24 * 60 * 60 * 1000;
  return Math.max(0, Math.ceil((end - now.getTime()) / 1000));
}

/**
 * "This browser has answered this survey": the value is only `1`, with no id and no time, so the
 * cookie marks nothing but the browser's own memory of having answered (decision 0025: one answer
 * per browser is encouraged, never enforced, and nobody is tracked). Written by hand so what the
 * browser keeps is exactly this and nothing encoded.
 */
export function answeredCookieHeader(token: string, closesOn: string, secure: boolean, now: Date = new Date()): string {
  return [
    `${ANSWERED_COOKIE}=1`,
    `Path=/undersokelse/${encodeURIComponent(token)}`,
    `Max-Age=${secondsUntilClosed(closesOn, now)}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** Whether the browser sent the note (its path means only this survey's pages receive it). */
export function hasAnsweredCookie(request: Request): boolean {
  const header = request.headers.get('Cookie') ?? '';
  return header.split(';').some((part) => part.trim() === `${ANSWERED_COOKIE}=1`);
}
