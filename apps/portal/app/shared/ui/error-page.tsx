import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { MessageKey } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitch } from './language-switch';
import { Main, PageTitle } from './page';

const TEXTS: Record<'notFound' | 'forbidden' | 'server', { title: MessageKey; body: MessageKey }> = {
  notFound: { title: 'error.notFound.title', body: 'error.notFound.body' },
  forbidden: { title: 'error.forbidden.title', body: 'error.forbidden.body' },
  server: { title: 'error.server.title', body: 'error.server.body' },
};

export function errorKind(status: number): keyof typeof TEXTS {
  if (status === 404) return 'notFound';
  if (status === 403) return 'forbidden';
  return 'server';
}

/** 404, 403 and 500 pages, in the visitor's language. */
export function ErrorPage({ status, home = '/', detail }: { status: number; home?: string; detail?: string }) {
  const { t } = useI18n();
  const texts = TEXTS[errorKind(status)];
  return (
    <>
      <PageTitle>{t(texts.title)}</PageTitle>
      <header className="portal-header">
        <div className="portal-header__inner">
          <Paragraph className="portal-header__office">{t('app.name')}</Paragraph>
          <div className="portal-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <Main>
        <div className="portal-stack">
          <Heading level={1} data-size="lg">
            {t(texts.title)}
          </Heading>
          <Paragraph>{t(texts.body)}</Paragraph>
          <Paragraph data-size="sm">{`HTTP ${status}`}</Paragraph>
          {detail ? <pre>{detail}</pre> : null}
          <Paragraph>
            <Link href={home}>{t('error.home')}</Link>
          </Paragraph>
        </div>
      </Main>
    </>
  );
}
