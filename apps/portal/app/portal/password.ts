/** Form hint for new passwords; the gateway has the rule and says so when one does not fit. */
export const PASSWORD_MIN_LENGTH = 10;
