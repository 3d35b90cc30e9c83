/**
 * Work email and password, as signing in and registering both ask for them. Registering
 * (`newPassword`) tells the browser to suggest a new password and says how long it must be.
 */
import { PASSWORD_MIN } from '@orderlane/shared';
import { useT } from '../../i18n';
import { FormField } from '../shell/FormField';

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
  const tooShort = newPassword && password.length > 0 && password.length < PASSWORD_MIN;
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
        aria-invalid={newPassword ? tooShort : undefined}
        hint={newPassword ? t('auth.passwordHint', { min: PASSWORD_MIN }) : undefined}
        warn={tooShort}
        value={password}
        onValue={onPassword}
      />
    </>
  );
}
