import { startTransition, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { HydratedRouter } from 'react-router/dom';
import { DEFAULT_LANG, isLang } from './shared/i18n/i18n';
import { I18nProvider } from './shared/i18n/i18n-context';

// The server rendered <html lang> from the `lang` cookie; changing it reloads the document.
const lang = isLang(document.documentElement.lang) ? document.documentElement.lang : DEFAULT_LANG;

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <I18nProvider lang={lang}>
        <HydratedRouter />
      </I18nProvider>
    </StrictMode>,
  );
});
