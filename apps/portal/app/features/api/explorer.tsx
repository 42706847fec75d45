import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ComponentType } from 'react';
import { useEffect, useState } from 'react';
import type { Route } from './+types/explorer';
import { useI18n } from '../../shared/i18n/i18n-context';
import { CheckboxControl } from './components/checkbox-control';
import { TextField } from '../../shared/forms/form-fields';
import { PageTitle } from '../../shared/ui/page';
import { SCOPE_EXAMPLES } from './examples';
import type { ExplorerProps } from './graphiql-explorer';
import graphiqlStylesHref from 'graphiql/style.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: graphiqlStylesHref }];

/** sessionStorage only, and only when asked: gone when the tab closes; never a cookie, never sent here. */
const KEY_STORAGE = 'selvhjelp.api-key';

const DEFAULT_QUERY = `# Offentlige selvhjelpsgrupper: trenger ingen nøkkel.
# Public self-help groups: needs no key.
${SCOPE_EXAMPLES[0]!.query}
`;

/**
 * `/api/utforsker`: GraphiQL against the API through the portal's relay (/api/graphql). The shell
 * is rendered on the server (with a noscript note); the explorer itself loads in the browser.
 */
export default function ApiExplorer() {
  const { t } = useI18n();
  const [apiKey, setApiKey] = useState('');
  const [remember, setRemember] = useState(false);
  const [Explorer, setExplorer] = useState<ComponentType<ExplorerProps> | null>(null);

  useEffect(() => {
    const stored = sessionStorage.getItem(KEY_STORAGE);
    if (stored) {
      setApiKey(stored);
      setRemember(true);
    }
    void import('./graphiql-explorer').then((module) => setExplorer(() => module.default));
  }, []);

  useEffect(() => {
    if (remember && apiKey) sessionStorage.setItem(KEY_STORAGE, apiKey);
    else sessionStorage.removeItem(KEY_STORAGE);
  }, [remember, apiKey]);

  return (
    <>
      <PageTitle>{t('api.explorer.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('api.explorer.title')}
      </Heading>
      <Paragraph>{t('api.explorer.intro')}</Paragraph>
      <noscript>
        <Paragraph>{t('api.explorer.noscript')}</Paragraph>
      </noscript>
      <form className="api-key-form" onSubmit={(event) => event.preventDefault()}>
        <TextField
          id="api-key"
          name="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          label={t('api.explorer.key')}
          description={t('api.explorer.keyHint')}
          value={apiKey}
          onChange={(event) => setApiKey(event.currentTarget.value)}
        />
        <CheckboxControl
          id="api-key-remember"
          label={t('api.explorer.remember')}
          checked={remember}
          onChange={setRemember}
        />
      </form>
      <Paragraph data-size="sm">{t('api.explorer.english')}</Paragraph>
      <div className="api-explorer">
        {Explorer ? (
          <div className="api-explorer__ide" lang="en">
            <Explorer apiKey={apiKey} endpoint="/api/graphql" defaultQuery={DEFAULT_QUERY} />
          </div>
        ) : (
          <Paragraph>{t('api.explorer.loading')}</Paragraph>
        )}
      </div>
    </>
  );
}
