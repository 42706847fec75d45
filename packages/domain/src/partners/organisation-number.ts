/** Weights of the Brønnøysund register's modulus-11 check (first eight digits). */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Spaces are allowed when typed ("974 760 673"); what is stored is the nine digits. */
export function normaliseOrganisationNumber(value: string): string {
  return value.replace(/\s+/g, '');
}

/** The check digit for eight digits, or null when none exists (remainder 1: no valid number). */
export function organisationNumberCheckDigit(firstEight: string): number | null {
  if (!/^\d{8}$/.test(firstEight)) return null;
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(firstEight[index]), 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

export type OrganisationNumberProblem = 'FORMAT' | 'CHECK_DIGIT';

/** Why a Norwegian organisation number is not valid, or null when it is. */
export function organisationNumberProblem(value: string): OrganisationNumberProblem | null {
  const digits = normaliseOrganisationNumber(value);
  if (!/^\d{9}$/.test(digits)) return 'FORMAT';
  const check = organisationNumberCheckDigit(digits.slice(0, 8));
  return check !== null && check === Number(digits[8]) ? null : 'CHECK_DIGIT';
}

export function isValidOrganisationNumber(value: string): boolean {
  return organisationNumberProblem(value) === null;
}
