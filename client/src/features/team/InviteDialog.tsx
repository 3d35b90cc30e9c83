/**
 * Invites a colleague (admins): their email, department and access give a one-time link to send
 * them by mail or chat. Opening it leads to registration into this team.
 */
import { useState } from 'react';
import { ACCESS_LEVELS, ROLES, type AccessLevel, type RoleKey } from '@orderlane/shared';
import { api } from '../../api/endpoints';
import { ApiFailure } from '../../api/http';
import { useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { Dialog } from '../../ui/Dialog';
import { FormField } from '../../ui/FormField';
import { useSubmission } from '../../ui/useSubmission';

export function InviteDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<RoleKey>('merchandiser');
  const [access, setAccess] = useState<AccessLevel>('member');
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const { error, busy, submit: send } = useSubmission();

  // Once the link is there the form is gone, so staying busy after success is harmless.
  const submit = () => send(async () => setLink((await api.invite({ email, role, access })).url));

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Clipboard blocked: the link stays selected in its field for a manual copy.
    }
  };

  if (link !== null) {
    return (
      <Dialog
        title={t('team.inviteTitle')}
        lead={t('team.linkReady', { email })}
        onClose={onClose}
        actions={
          <>
            <button type="button" className="button" onClick={copy}>
              {t('team.copy')}
            </button>
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('common.done')}
            </button>
          </>
        }
      >
        <label className="field">
          <span className="field__label">{t('team.link')}</span>
          <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <p className="field__hint" role="status">
          {copied ? t('team.copied') : ''}
        </p>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={t('team.inviteTitle')}
      lead={t('team.inviteLead')}
      onClose={onClose}
      onSubmit={submit}
      submit={{ label: t('team.createLink'), disabled: busy || !email }}
      error={error}
      errorKey={
        error instanceof ApiFailure && error.code === 'conflict' ? 'team.alreadyMember' : undefined
      }
    >
      <FormField
        label={t('auth.email')}
        type="email"
        name="email"
        required
        autoFocus
        value={email}
        onValue={setEmail}
      />
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
    </Dialog>
  );
}
