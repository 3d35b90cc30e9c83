/** Create an account: a new workspace of one's own, or, with `?invite=`, the inviting team's. */
import { useState, type FormEvent } from 'react';
import { PASSWORD_MIN } from '@orderlane/shared';
import { useSessionStore } from '../../store/sessionStore';
import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { useQueryParam } from '../../router/useQueryState';
import { ApiFailure } from '../../api/http';
import { AuthLayout } from './AuthLayout';
import { FormError } from './FormError';

export function RegisterPage() {
  const t = useT();
  const register = useSessionStore((s) => s.register);
  const [invite] = useQueryParam('invite');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const tooShort = password.length > 0 && password.length < PASSWORD_MIN;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < PASSWORD_MIN) {
      setError(new ApiFailure(400, 'bad_request', 'password'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await register({ name, email, password, ...(invite ? { invite } : {}) });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const messageKey =
    error instanceof ApiFailure
      ? error.code === 'conflict'
        ? 'auth.emailTaken'
        : error.code === 'bad_request'
          ? 'auth.checkFields'
          : error.code === 'not_found' && invite
            ? 'auth.inviteInvalid'
            : undefined
      : undefined;

  return (
    <AuthLayout title={invite ? t('auth.joinTitle') : t('auth.registerTitle')}>
      <p className="auth__lead">{invite ? t('auth.joinLead') : t('auth.registerLead')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <label className="field">
          <span className="field__label">{t('auth.name')}</span>
          <input
            name="name"
            autoComplete="name"
            required
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
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
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN}
            aria-invalid={tooShort}
            aria-describedby="password-hint"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <span id="password-hint" className={`field__hint${tooShort ? ' field__hint--warn' : ''}`}>
            {t('auth.passwordHint', { min: PASSWORD_MIN })}
          </span>
        </label>
        {error !== null && <FormError error={error} messageKey={messageKey} />}
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? t('auth.creating') : invite ? t('auth.join') : t('auth.createAccount')}
        </button>
      </form>
      <p className="auth__switch">
        {t('auth.haveAccount')} <Link href={paths.login()}>{t('auth.signIn')}</Link>
      </p>
    </AuthLayout>
  );
}
