import { Button } from '@digdir/designsystemet-react';
import { Form, useLocation } from 'react-router';
import { otherLang } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-context';

/**
 * A plain form, so it works without JavaScript: the server sets the `lang` cookie and sends
 * the browser back to this page. With JavaScript it still reloads the document, since the
 * language is part of the rendered HTML (`<html lang>`).
 */
export function LanguageSwitch() {
  const { lang, t } = useI18n();
  const location = useLocation();
  const target = otherLang(lang);
  return (
    <Form method="post" action="/sprak" reloadDocument className="portal-inline-form">
      <input type="hidden" name="lang" value={target} />
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <Button type="submit" variant="tertiary" data-size="sm" lang={target} aria-label={t('lang.switchHint')}>
        {t('lang.switchTo')}
      </Button>
    </Form>
  );
}
