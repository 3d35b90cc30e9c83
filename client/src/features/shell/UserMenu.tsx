/** The signed-in person: name, workspace, role, and sign out. */
import { roleInfo } from '@orderlane/shared';
import { useSessionStore } from '../../store/sessionStore';
import { useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { navigate } from '../../router/location';
import { paths } from '../../router/routes';
import { Avatar } from '../../ui/Avatar';
import { usePopover } from '../../ui/usePopover';

export function UserMenu() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const me = useSessionStore((s) => s.me);
  const logout = useSessionStore((s) => s.logout);
  const { open, setOpen, close, root } = usePopover();

  if (!me) return null;
  const role = roleInfo(me.role);
  const signOut = async () => {
    close();
    await logout().catch(() => {});
    navigate(paths.login(), { replace: true });
  };

  return (
    <div className="user-menu" ref={root}>
      <button
        type="button"
        className="user-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('shell.userMenu', { name: me.user.name })}
        onClick={() => setOpen((o) => !o)}
      >
        <Avatar userId={me.user.id} name={me.user.name} size={32} />
      </button>
      {open && (
        <div className="user-menu__panel" role="menu">
          <div className="user-menu__who">
            <strong>{me.user.name}</strong>
            <span>{me.user.email}</span>
            <span>
              {me.workspace.name} · {locale === 'zh' ? role.zh : role.en} ·{' '}
              {t(`access.${me.access}`)}
            </span>
          </div>
          <button type="button" role="menuitem" className="user-menu__item" onClick={signOut}>
            {t('shell.signOut')}
          </button>
        </div>
      )}
    </div>
  );
}
