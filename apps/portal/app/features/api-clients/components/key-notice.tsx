import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../shared/i18n/i18n-context';

export interface KeyNoticeProps {
  heading: string;
  /** The key: only in the answer of the POST that made it, so a reload or a later visit never shows it. */
  apiKey: string;
  /** After a rotation: until when the earlier keys work. */
  overlapUntil?: string | null;
  children?: React.ReactNode;
}

/**
 * The one time a key is shown: selectable text (enough without JavaScript), a copy button once
 * scripts run, how to send it, and where the documentation is.
 */
export function KeyNotice({ heading, apiKey, overlapUntil, children }: KeyNoticeProps) {
  const { t, formatDateTime } = useI18n();
  const [scripted, setScripted] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const keyRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setScripted(true);
    // After a client-side submit the notice replaces the form: move the focus to it.
    headingRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopied('yes');
    } catch {
      // Clipboard refused (no permission, an insecure origin): select the text for a manual copy.
      const element = keyRef.current;
      const selection = window.getSelection();
      if (element && selection) {
        const range = document.createRange();
        range.selectNodeContents(element);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setCopied('failed');
    }
  };

  return (
    <Alert data-color="warning" data-testid="api-key-notice">
      <div className="portal-stack">
        <Heading level={2} data-size="sm" tabIndex={-1} ref={headingRef}>
          {heading}
        </Heading>
        <Paragraph>
          <strong>{t('apiClients.key.once')}</strong>
        </Paragraph>
        <Paragraph id="api-key-label">{t('apiClients.key.label')}:</Paragraph>
        <Paragraph className="portal-ticket-link">
          <code ref={keyRef} data-testid="api-key" aria-labelledby="api-key-label">
            {apiKey}
          </code>
        </Paragraph>
        {scripted ? (
          <div className="portal-actions">
            <Button type="button" variant="secondary" onClick={() => void copy()}>
              {t('apiClients.key.copy')}
            </Button>
          </div>
        ) : null}
        <Paragraph role="status" data-size="sm">
          {copied === 'yes' ? t('apiClients.key.copied') : copied === 'failed' ? t('apiClients.key.copyFailed') : ''}
        </Paragraph>
        {overlapUntil ? (
          <Paragraph>{t('apiClients.key.overlap', { until: formatDateTime(overlapUntil) })}</Paragraph>
        ) : null}
        <Paragraph>{t('apiClients.key.usage')}</Paragraph>
        <Paragraph className="portal-ticket-link">
          <code>Authorization: Bearer shn_…</code>
        </Paragraph>
        <Paragraph>
          <Link href="/api/dokumentasjon">{t('apiClients.key.docsLink')}</Link>
        </Paragraph>
        {children}
      </div>
    </Alert>
  );
}
