/**
 * The server's half of the password rule: the shared shape rule (length, not only whitespace),
 * then the 10,000 most common passwords (common-passwords.txt, MIT, see its LICENSE file),
 * compared case-insensitively: `Password1` is as common as `password1`.
 */
import { readFileSync } from 'node:fs';
import { passwordShapeProblem, type PasswordProblem } from '@orderlane/shared';
import { AppError } from '../errors/AppError';

/** How many entries common-passwords.txt holds (checked when it loads). */
const COMMON_PASSWORD_COUNT = 10_000;

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  if (common) return common;
  const text = readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8');
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  if (lines.length < COMMON_PASSWORD_COUNT - 1) {
    throw new Error(`common-passwords.txt has ${lines.length} entries, expected ~10,000`);
  }
  common = new Set(lines.map((line) => line.toLowerCase()));
  return common;
}

function canonical(password: string): string {
  return password.normalize('NFKC').trim().toLowerCase();
}

function passwordProblem(password: string): PasswordProblem | null {
  return (
    passwordShapeProblem(password) ?? (commonPasswords().has(canonical(password)) ? 'common' : null)
  );
}

const MESSAGES: Record<PasswordProblem, string> = {
  too_short: 'the password is too short',
  too_long: 'the password is too long',
  blank: 'a password cannot be only spaces',
  common: 'this password is one of the most common ones: choose another',
};

/** 400 `weak_password` with `details.reason` when a new password breaks the rule. */
export function assertAcceptablePassword(password: string): void {
  const reason = passwordProblem(password);
  if (reason) throw new AppError('weak_password', MESSAGES[reason], { reason });
}
