import { redirect } from 'react-router';
import type { Route } from './+types/language';
import { isLang } from './i18n';
import { langCookie } from './lang.server';
import { localPath } from '../../session/safe-redirect';

/** POST /sprak: remembers the language and goes back to the page the form was on. */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const lang = form.get('lang');
  const target = localPath(form.get('redirectTo')) ?? '/';
  if (!isLang(lang)) return redirect(target);
  return redirect(target, { headers: { 'Set-Cookie': await langCookie.serialize(lang) } });
}

/** A GET (someone bookmarked the form's address) just goes home. */
export function loader() {
  return redirect('/');
}
