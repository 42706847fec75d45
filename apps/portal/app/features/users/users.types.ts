import type { FormErrors } from '../../shared/forms/form-errors';

/** What the users page's action answers; shared by the action and the page. */
export type CreateField = 'email' | 'name' | 'role' | 'districtId';
export type CreateValues = Record<CreateField, string>;

/** A one-time "set your password" link, shown once to whoever asked for it. */
export interface PasswordTicketNotice {
  name: string;
  link: string;
  expiresAt: string;
}

export type UsersActionData =
  | { intent: 'create'; ok: true; ticket: PasswordTicketNotice }
  | { intent: 'create'; ok: false; errors: FormErrors<CreateField>; values: CreateValues }
  | { intent: 'reset'; ok: true; ticket: PasswordTicketNotice }
  | { intent: 'deactivate'; ok: true; name: string }
  | { intent: 'deactivate' | 'reset' | 'unknown'; ok: false; message: string };
