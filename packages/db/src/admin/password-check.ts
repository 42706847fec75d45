import { passwordSchema } from '@selvhjelp/domain';

const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Why `password` is too weak for an administrator, or null when it will do. The one place
 * admin:create judges strength: when the domain's strength estimator lands, this becomes a call
 * to it with the same user inputs (email and name).
 */
export function administratorPasswordProblem(password: string, userInputs: readonly string[]): string | null {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Passordet er for svakt.';
  // Until then only the blatant case: the password is the email (or holds it), its local part or
  // the name. Partial use is for the estimator to weigh, as it weighs dictionary words.
  const candidate = bare(password);
  const guessable = userInputs.flatMap((input) => (input.includes('@') ? [input, input.split('@')[0] ?? ''] : [input])).map(bare);
  if (guessable.some((input) => input.length > 0 && (candidate === input || (input.length >= 8 && candidate.includes(input))))) {
    return 'Passordet kan ikke være e-postadressen eller navnet.';
  }
  return null;
}
