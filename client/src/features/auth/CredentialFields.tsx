/**
 * Work email and password, as signing in and registering both ask for them. Registering
 * (`newPassword`) tells the browser to suggest a new password and says how long it must be.
 */
import { PASSWORD_MAX, PASSWORD_MIN, passwordShapeProblem } from '@orderlane/shared';
import { useT } from '../../i18n';
import { FormField } from '../../ui/FormField';

interface CredentialFieldsProps {
  email: string;
  onEmail(value: string): void;
  password: string;
  onPassword(value: string): void;
  newPassword?: boolean;
}

export function CredentialFields(props: CredentialFieldsProps) {
  const { email, onEmail, password, onPassword, newPassword = false } = props;
  const t = useT();
  // The shared rule as they type (too short, only spaces); the common list is the server's.
  const refused = newPassword && password.length > 0 && passwordShapeProblem(password) !== null;
  return (
    <>
      <FormField
        label={t('auth.email')}
        type="email"
        name="email"
        autoComplete="email"
        required
        value={email}
        onValue={onEmail}
      />
      <FormField
        label={t('auth.password')}
        type="password"
        name="password"
        autoComplete={newPassword ? 'new-password' : 'current-password'}
        required
        minLength={newPassword ? PASSWORD_MIN : undefined}
        maxLength={newPassword ? PASSWORD_MAX : undefined}
        aria-invalid={newPassword ? refused : undefined}
        hint={newPassword ? t('auth.passwordHint', { min: PASSWORD_MIN }) : undefined}
        warn={refused}
        value={password}
        onValue={onPassword}
      />
    </>
  );
}
