import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** `<title>` for the page; React hoists it into <head>. */
export function PageTitle({ children }: { children: string }) {
  const { t } = useI18n();
  return <title>{`${children} – ${t('app.titleSuffix')}`}</title>;
}

/** The skip link's target: every page has exactly one. */
export function Main({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="portal-main">
      {children}
    </main>
  );
}
