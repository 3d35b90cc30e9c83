/**
 * What makes a new password acceptable, checked by the client before it submits and by the
 * server again. The list of common passwords is the server's (too large for the client bundle):
 * it answers `weak_password` with reason `common`.
 */

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'blank' | 'common';

/** The rule both ends share: long enough, not too long, not only whitespace. */
export function passwordShapeProblem(password: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN) return 'too_short';
  if (password.length > PASSWORD_MAX) return 'too_long';
  // Eight spaces are as guessable as none.
  if (password.trim() === '') return 'blank';
  return null;
}
