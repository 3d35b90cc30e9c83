import { useState, type FormEvent } from 'react';
import { useSessionStore } from '../../store/sessionStore';
import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { ApiFailure } from '../../api/http';
import { AuthLayout } from './AuthLayout';
import { FormError } from './FormError';

export function LoginPage() {
  const t = useT();
  const login = useSessionStore((s) => s.login);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login({ email, password });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <AuthLayout title={t('auth.signInTitle')}>
      <form className="form" onSubmit={submit} noValidate>
        <label className="field">
          <span className="field__label">{t('auth.email')}</span>
          <input
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('auth.password')}</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
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
