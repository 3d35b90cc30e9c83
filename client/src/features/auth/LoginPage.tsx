import { useState, type FormEvent } from 'react';
import { useSessionStore } from '../../store/sessionStore';
import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { ApiFailure } from '../../api/http';
import { AuthLayout } from './AuthLayout';
import { FormError } from './FormError';
import { CredentialFields } from './CredentialFields';
import { useSubmission } from '../shell/useSubmission';

export function LoginPage() {
  const t = useT();
  const login = useSessionStore((s) => s.login);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { error, busy, submit: send } = useSubmission();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(() => login({ email, password }));
  };

  return (
    <AuthLayout title={t('auth.signInTitle')}>
      <form className="form" onSubmit={submit} noValidate>
        <CredentialFields
          email={email}
          onEmail={setEmail}
          password={password}
          onPassword={setPassword}
        />
        {error !== null && (
          <FormError
            error={error}
            messageKey={
              error instanceof ApiFailure && error.code === 'unauthenticated'
                ? 'auth.wrongPassword'
                : undefined
            }
          />
        )}
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
      <p className="auth__switch">
        {t('auth.noAccount')} <Link href={paths.register()}>{t('auth.createAccount')}</Link>
      </p>
    </AuthLayout>
  );
}
