import { createCookie } from 'react-router';
import type { Lang } from './i18n';
import { DEFAULT_LANG, isLang } from './i18n';

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The visitor's language choice; not a secret, so readable and long-lived. */
export const langCookie = createCookie('lang', {
  path: '/',
  sameSite: 'lax',
  httpOnly: true,
  maxAge: ONE_YEAR,
});

export async function readLang(request: Request): Promise<Lang> {
  const value: unknown = await langCookie.parse(request.headers.get('Cookie'));
  return isLang(value) ? value : DEFAULT_LANG;
}
