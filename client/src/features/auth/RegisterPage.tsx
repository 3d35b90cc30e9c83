/** Create an account: a new workspace of one's own, or, with `?invite=`, the inviting team's. */
import { useState, type FormEvent } from 'react';
import { useSessionStore } from '../../store/sessionStore';
import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { useQueryParam } from '../../router/useQueryState';
import { ApiFailure } from '../../api/http';
import { AuthLayout } from './AuthLayout';
import { FormError } from '../../ui/FormError';
import { FormField } from '../../ui/FormField';
import { CredentialFields } from './CredentialFields';
import { useSubmission } from '../../ui/useSubmission';
import { passwordErrorKey, passwordShapeFailure } from './passwordErrorKey';

export function RegisterPage() {
  const t = useT();
  const register = useSessionStore((s) => s.register);
  const [invite] = useQueryParam('invite');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { error, setError, busy, submit: send } = useSubmission();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const refused = passwordShapeFailure(password);
    if (refused) {
      setError(refused);
      return;
    }
    void send(() => register({ name, email, password, ...(invite ? { invite } : {}) }));
  };

  const messageKey =
    passwordErrorKey(error) ??
    (error instanceof ApiFailure
      ? error.code === 'conflict'
        ? invite
          ? 'auth.emailTakenJoin'
          : 'auth.emailTaken'
        : error.code === 'bad_request'
          ? 'auth.checkFields'
          : error.code === 'not_found' && invite
            ? 'auth.inviteInvalid'
            : undefined
      : undefined);

  return (
    <AuthLayout title={invite ? t('auth.joinTitle') : t('auth.registerTitle')}>
      <p className="auth__lead">{invite ? t('auth.joinLead') : t('auth.registerLead')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          label={t('auth.name')}
          name="name"
          autoComplete="name"
          required
          maxLength={80}
          value={name}
          onValue={setName}
        />
        <CredentialFields
          email={email}
          onEmail={setEmail}
          password={password}
          onPassword={setPassword}
          newPassword
        />
        {error !== null && <FormError error={error} messageKey={messageKey} />}
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? t('auth.creating') : invite ? t('auth.join') : t('auth.createAccount')}
        </button>
      </form>
      <p className="auth__switch">
        {t('auth.haveAccount')}{' '}
        <Link href={invite ? paths.loginWithInvite(invite) : paths.login()}>
          {invite ? t('auth.signInToJoin') : t('auth.signIn')}
        </Link>
      </p>
    </AuthLayout>
  );
}
