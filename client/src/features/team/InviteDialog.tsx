/**
 * Invites a colleague (admins): their email, department and access give a one-time link to send
 * them by mail or chat. Opening it leads to registration into this team.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ACCESS_LEVELS, ROLES, type AccessLevel, type RoleKey } from '@orderlane/shared';
import { api } from '../../api/endpoints';
import { ApiFailure } from '../../api/http';
import { useLocaleStore, useT } from '../../i18n';
import { FormError } from '../auth/FormError';

export function InviteDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const dialog = useRef<HTMLDialogElement>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<RoleKey>('merchandiser');
  const [access, setAccess] = useState<AccessLevel>('member');
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setLink((await api.invite({ email, role, access })).url);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Clipboard blocked: the link stays selected in its field for a manual copy.
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="invite-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form className="form" onSubmit={submit}>
        <h2 id="invite-title">{t('team.inviteTitle')}</h2>
        {link === null ? (
          <>
            <p className="dialog__lead">{t('team.inviteLead')}</p>
            <label className="field">
              <span className="field__label">{t('auth.email')}</span>
              <input
                type="email"
                name="email"
                required
                autoFocus
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            </label>
            <label className="field">
              <span className="field__label">{t('team.department')}</span>
              <select value={role} onChange={(e) => setRole(e.target.value as RoleKey)}>
                {ROLES.map((r) => (
                  <option key={r.key} value={r.key}>
                    {locale === 'zh' ? r.zh : r.en}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field__label">{t('team.access')}</span>
              <select value={access} onChange={(e) => setAccess(e.target.value as AccessLevel)}>
                {ACCESS_LEVELS.map((a) => (
                  <option key={a} value={a}>
                    {t(`access.${a}`)} — {t(`team.accessHint.${a}`)}
                  </option>
                ))}
              </select>
            </label>
            {error !== null && (
              <FormError
                error={error}
                messageKey={
                  error instanceof ApiFailure && error.code === 'conflict'
                    ? 'team.alreadyMember'
                    : undefined
                }
              />
            )}
            <div className="dialog__actions">
              <button type="button" className="button" onClick={onClose}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="button button--primary" disabled={busy || !email}>
                {t('team.createLink')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p className="dialog__lead">{t('team.linkReady', { email })}</p>
            <label className="field">
              <span className="field__label">{t('team.link')}</span>
              <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <p className="field__hint" role="status">
              {copied ? t('team.copied') : ''}
            </p>
            <div className="dialog__actions">
              <button type="button" className="button" onClick={copy}>
                {t('team.copy')}
              </button>
              <button type="button" className="button button--primary" onClick={onClose}>
                {t('common.done')}
              </button>
            </div>
          </>
        )}
      </form>
    </dialog>
  );
}
