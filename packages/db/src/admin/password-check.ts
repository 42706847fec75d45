import { assessPassword, passwordRefusalMessage } from '@selvhjelp/domain';

/**
 * Why `password` is too weak for an administrator, or null when it will do: the same estimator
 * as every other password (common and guessable ones refused, the email and name count as
 * guessable).
 */
export function administratorPasswordProblem(password: string, userInputs: readonly string[]): string | null {
  const refusal = assessPassword(password, userInputs);
  return refusal ? passwordRefusalMessage(refusal) : null;
}
