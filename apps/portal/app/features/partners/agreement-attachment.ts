import type { Route } from './+types/agreement-attachment';
import { downloadAgreementAttachment } from './agreement-attachment.server';

export function loader({ params, context }: Route.LoaderArgs) {
  return downloadAgreementAttachment(params, context);
}
