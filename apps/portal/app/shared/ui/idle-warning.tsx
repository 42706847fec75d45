import { Button, Dialog, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useFetcher, useLocation } from 'react-router';
import type { KeepAliveResult } from '../../features/auth/keep-alive';
import { useI18n } from '../i18n/i18n-context';
import type { IdleTime } from '../../session/idle-warning';
import { idleDeadline, idlePhase, minutesAndSeconds, nextCheckIn } from '../../session/idle-warning';
import { SESSION_ENDED_QUERY } from '../../session/safe-redirect';

export interface IdleWarningProps {
  /** What the server said was left, on this page's load or its last revalidation. */
  idle: IdleTime;
  /** The keep-alive resource route (`/<portal>/okt`). */
  keepAliveAction: string;
  /** The portal's login page (`/<portal>/logg-inn`). */
  loginPath: string;
}

/**
 * Warns two minutes before the session goes idle, in a modal alert dialog, and keeps it alive
 * from there without leaving the page, so a half-filled form survives. Once the time is up it
 * says so and offers to log in again; closing that leaves the page as it was, to copy from.
 * Needs JavaScript; without it there is no countdown to show.
 */
export function IdleWarning({ idle, keepAliveAction, loginPath }: IdleWarningProps) {
  const { t } = useI18n();
  const location = useLocation();
  const fetcher = useFetcher<KeepAliveResult>();
  const id = useId();
  const loginRef = useRef<HTMLAnchorElement>(null);
  // Null until the browser has a clock to count with; the server never shows the dialog.
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [endedByServer, setEndedByServer] = useState(false);
  const [failed, setFailed] = useState(false);
  const [dismissed, setDismissed] = useState(false);

  // Every answer from the server (load, navigation, form post) restarts the countdown.
  useEffect(() => {
    const at = Date.now();
    setDeadline(idleDeadline(idle, at));
    setNow(at);
    setEndedByServer(false);
    setDismissed(false);
  }, [idle]);

  useEffect(() => {
    const result = fetcher.data;
    if (!result) return;
    setFailed(result.status === 'failed');
    if (result.status === 'ended') setEndedByServer(true);
    if (result.status !== 'alive') return;
    const at = Date.now();
    setDeadline(idleDeadline(result.idle, at));
    setNow(at);
  }, [fetcher.data]);

  useEffect(() => {
    if (deadline === null) return undefined;
    const wait = nextCheckIn(deadline, now, idle.timeoutSeconds);
    if (!Number.isFinite(wait)) return undefined;
    const timer = window.setTimeout(() => setNow(Date.now()), Math.max(wait, 50));
    return () => window.clearTimeout(timer);
  }, [deadline, now, idle.timeoutSeconds]);

  // Timers sleep with the laptop; look at the clock again when the page is seen.
  useEffect(() => {
    const wake = () => {
      if (document.visibilityState === 'visible') setNow(Date.now());
    };
    document.addEventListener('visibilitychange', wake);
    return () => document.removeEventListener('visibilitychange', wake);
  }, []);

  const phase = deadline === null ? 'active' : endedByServer ? 'ended' : idlePhase(deadline, now, idle.timeoutSeconds);
  const open = phase === 'warning' || (phase === 'ended' && !dismissed);

  // The button that had focus is gone once the time is up: move focus to what replaces it.
  useEffect(() => {
    if (phase === 'ended') loginRef.current?.focus();
  }, [phase]);

  const stay = () => {
    if (fetcher.state === 'idle')
      void fetcher.submit({}, { method: 'post', action: keepAliveAction, defaultShouldRevalidate: false });
  };
  // Escape while warned is someone at the keyboard: take it as "stay"; once ended, it just closes.
  const onClose = () => {
    if (phase === 'warning') stay();
    else if (phase === 'ended') setDismissed(true);
  };

  const loginHref = `${loginPath}?${new URLSearchParams({ redirectTo: `${location.pathname}${location.search}`, ...SESSION_ENDED_QUERY })}`;
  const headingId = `${id}-heading`;
  const bodyId = `${id}-body`;

  // Nothing before the countdown runs: without JavaScript there is no dialog to carry.
  if (deadline === null) return null;
  return (
    // A fresh dialog per phase: the "time is up" one opens (and is announced) even when the
    // warning was closed with Escape and its keep-alive then failed.
    <Dialog
      key={phase}
      open={open}
      onClose={onClose}
      closeButton={false}
      role="alertdialog"
      aria-labelledby={headingId}
      aria-describedby={bodyId}
      data-testid="idle-warning"
    >
      <Dialog.Block>
        {phase === 'ended' ? (
          <div className="portal-stack">
            <Heading level={2} data-size="sm" id={headingId}>
              {t('idle.ended.heading')}
            </Heading>
            <Paragraph id={bodyId}>{t('idle.ended.body')}</Paragraph>
            <Paragraph>
              <Link href={loginHref} ref={loginRef}>
                {t('idle.ended.login')}
              </Link>
            </Paragraph>
            <div>
              <Button variant="secondary" onClick={() => setDismissed(true)}>
                {t('idle.close')}
              </Button>
            </div>
          </div>
        ) : (
          <div className="portal-stack">
            <Heading level={2} data-size="sm" id={headingId}>
              {t('idle.heading')}
            </Heading>
            <Paragraph id={bodyId}>{t('idle.body', minutesAndSeconds(deadline, now))}</Paragraph>
            {failed ? (
              <Paragraph role="alert" data-color="danger">
                {t('idle.failed')}
              </Paragraph>
            ) : null}
            <div>
              <Button autoFocus onClick={stay} loading={fetcher.state !== 'idle'}>
                {fetcher.state === 'idle' ? t('idle.stay') : t('idle.staying')}
              </Button>
            </div>
          </div>
        )}
      </Dialog.Block>
    </Dialog>
  );
}
