/**
 * Sign in; with `?invite=` (an invitation link, for someone who already has an account) signing
 * in also joins the inviting team's workspace.
 */
import { useState, type FormEvent } from 'react';
import { useSessionStore } from '../../store/sessionStore';
import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { navigate } from '../../router/location';
import { paths } from '../../router/routes';
import { useQueryParam } from '../../router/useQueryState';
import { ApiFailure } from '../../api/http';
import { AuthLayout } from './AuthLayout';
import { FormError } from '../../ui/FormError';
import { CredentialFields } from './CredentialFields';
import { useSubmission } from '../../ui/useSubmission';

/** Words for a failed sign-in: the one generic wrong-password answer, or the invitation's. */
function loginErrorKey(error: unknown, joining: boolean): string | undefined {
  if (!(error instanceof ApiFailure)) return undefined;
  if (error.code === 'unauthenticated') return 'auth.wrongPassword';
  if (!joining) return undefined;
  if (error.code === 'forbidden') return 'auth.inviteOtherEmail';
  if (error.code === 'conflict' || error.code === 'bad_request') return 'auth.inviteInvalid';
  return undefined;
}

export function LoginPage() {
  const t = useT();
  const login = useSessionStore((s) => s.login);
  const [invite] = useQueryParam('invite');
  const joining = invite !== null && invite !== '';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { error, busy, submit: send } = useSubmission();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(async () => {
      await login({ email, password, ...(joining ? { invite } : {}) });
      // Joined: the invitation is spent, so leave its link for the team's boards.
      if (joining) navigate(paths.boards(), { replace: true });
    });
  };

  return (
    <AuthLayout title={joining ? t('auth.joinTitle') : t('auth.signInTitle')}>
      {joining && <p className="auth__lead">{t('auth.joinSignInLead')}</p>}
      <form className="form" onSubmit={submit} noValidate>
        <CredentialFields
          email={email}
          onEmail={setEmail}
          password={password}
          onPassword={setPassword}
        />
        {error !== null && <FormError error={error} messageKey={loginErrorKey(error, joining)} />}
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? t('auth.signingIn') : joining ? t('auth.signInToJoin') : t('auth.signIn')}
        </button>
      </form>
      <p className="auth__switch">
        {t('auth.noAccount')}{' '}
        <Link href={joining ? paths.registerWithInvite(invite) : paths.register()}>
          {t('auth.createAccount')}
        </Link>
      </p>
    </AuthLayout>
  );
}
