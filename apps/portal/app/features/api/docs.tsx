import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/docs';
import { env } from '../../env.server';
import { useI18n } from '../../shared/i18n/i18n-context';
import type { MessageKey } from '../../shared/i18n/i18n';
import { PageTitle } from '../../shared/ui/page';
import { apiSchema } from './schema-reference';
import { SCOPE_EXAMPLES, curlExample, fetchExample } from './examples';
import type { ScopeExample } from './examples';
import { SchemaReferenceSection } from './components/schema-reference-section';

const SCOPES = ['groups:read', 'activities:read', 'referrals:write', 'statistics:read'] as const;

/** The address partners call: API_PUBLIC_URL when set, otherwise this portal's own relay. */
export function loader({ request }: Route.LoaderArgs) {
  return { apiUrl: env.API_PUBLIC_URL ?? `${new URL(request.url).origin}/api/graphql` };
}

/** Examples whose operation the current schema has (an example for a missing one would mislead). */
function examplesFor(scope: (typeof SCOPES)[number]): ScopeExample[] {
  const schema = apiSchema();
  return SCOPE_EXAMPLES.filter((example) => {
    const root = example.operation.type === 'Query' ? schema.getQueryType() : schema.getMutationType();
    return example.scope === scope && Boolean(root?.getFields()[example.operation.field]);
  });
}

function Code({ label, children }: { label: string; children: string }) {
  // Scrolls sideways on a narrow screen; focusable so keyboard users can scroll it too.
  return (
    <figure className="api-code">
      <figcaption>{label}</figcaption>
      <pre tabIndex={0}>
        <code>{children}</code>
      </pre>
    </figure>
  );
}

/** `/api/dokumentasjon`: getting started, one worked example per scope, and the whole schema. */
export default function ApiDocs({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { apiUrl } = loaderData;
  return (
    <>
      <PageTitle>{t('api.docs.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('api.docs.title')}
      </Heading>
      <Paragraph>{t('api.docs.intro')}</Paragraph>
      <nav aria-labelledby="api-toc" className="api-toc">
        <Heading level={2} data-size="xs" id="api-toc">
          {t('api.docs.toc')}
        </Heading>
        <ul>
          <li>
            <Link href="#kom-i-gang">{t('api.start.heading')}</Link>
          </li>
          <li>
            <Link href="#rimelig-bruk">{t('api.fairUse.heading')}</Link>
          </li>
          <li>
            <Link href="#eksempler">{t('api.scopes.heading')}</Link>
          </li>
          <li>
            <Link href="#referanse">{t('api.ref.heading')}</Link>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="kom-i-gang">
        <Heading level={2} data-size="md" id="kom-i-gang">
          {t('api.start.heading')}
        </Heading>
        <ol className="api-steps">
          <li>{t('api.start.key')}</li>
          <li>{t('api.start.request', { url: apiUrl })}</li>
          <li>{t('api.start.errors')}</li>
          <li>{t('api.start.paging')}</li>
          <li>{t('api.start.changes')}</li>
        </ol>
        <Paragraph>
          <Link href="/api/utforsker">{t('api.start.explorer')}</Link>
        </Paragraph>
        <Heading level={3} data-size="sm" id="maskinporten">
          {t('api.oauth.heading')}
        </Heading>
        <Paragraph>{t('api.oauth.text')}</Paragraph>
      </section>

      <section aria-labelledby="rimelig-bruk">
        <Heading level={2} data-size="md" id="rimelig-bruk">
          {t('api.fairUse.heading')}
        </Heading>
        <Paragraph>{t('api.fairUse.cost')}</Paragraph>
        <Paragraph>{t('api.fairUse.budget')}</Paragraph>
        <Paragraph>{t('api.fairUse.limited')}</Paragraph>
      </section>

      <section aria-labelledby="eksempler">
        <Heading level={2} data-size="md" id="eksempler">
          {t('api.scopes.heading')}
        </Heading>
        <Paragraph>{t('api.scopes.intro')}</Paragraph>
        {SCOPES.map((scope) => {
          const examples = examplesFor(scope);
          return (
            <section key={scope} aria-labelledby={`scope-${scope.replace(':', '-')}`}>
              <Heading level={3} data-size="sm" id={`scope-${scope.replace(':', '-')}`}>
                <code>{scope}</code>
              </Heading>
              <Paragraph>{t(`api.scope.${scope}` as MessageKey)}</Paragraph>
              {examples.length === 0 ? <Paragraph>{t('api.scope.noExample')}</Paragraph> : null}
              {examples.map((example) => (
                <div key={example.operation.field} className="api-example">
                  <Heading level={4} data-size="xs">
                    <code>{example.operation.field}</code>
                  </Heading>
                  {example.public ? <Paragraph data-size="sm">{t('api.example.public')}</Paragraph> : null}
                  <Code label={t('api.example.operation')}>{example.query}</Code>
                  <Code label={t('api.example.variables')}>{JSON.stringify(example.variables, null, 2)}</Code>
                  <Code label={t('api.example.curl')}>{curlExample(example, apiUrl)}</Code>
                  <Code label={t('api.example.fetch')}>{fetchExample(example, apiUrl)}</Code>
                </div>
              ))}
            </section>
          );
        })}
      </section>

      <SchemaReferenceSection />
    </>
  );
}
