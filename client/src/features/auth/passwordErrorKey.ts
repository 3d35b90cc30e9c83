/**
 * The words for a refused new password: the shared shape rule checked before submitting, or the
 * server's `weak_password` (which alone knows the list of common passwords).
 */
import { passwordShapeProblem, type PasswordProblem } from '@orderlane/shared';
import { ApiFailure } from '../../api/http';

const KEYS: Record<PasswordProblem, string> = {
  too_short: 'auth.checkFields',
  too_long: 'auth.checkFields',
  blank: 'auth.passwordBlank',
  common: 'auth.passwordCommon',
};

/** A failure to show without asking the server, or null when the password has the right shape. */
export function passwordShapeFailure(password: string): ApiFailure | null {
  const reason = passwordShapeProblem(password);
  return reason && new ApiFailure(400, 'weak_password', 'password', { reason });
}

/** The i18n key for a `weak_password` failure, or undefined for any other error. */
export function passwordErrorKey(error: unknown): string | undefined {
  if (!(error instanceof ApiFailure) || error.code !== 'weak_password') return undefined;
  const reason = (error.details as { reason?: PasswordProblem } | undefined)?.reason;
  return reason && reason in KEYS ? KEYS[reason] : 'error.weak_password';
}
