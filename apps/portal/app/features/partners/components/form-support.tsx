import { Alert, Paragraph } from '@digdir/designsystemet-react';

/** A success message after a redirect (`?melding=…`). */
export function NoticeAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert data-color="success" role="status">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
