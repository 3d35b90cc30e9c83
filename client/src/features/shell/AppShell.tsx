/**
 * The frame around every signed-in screen: the app name (home), a title slot, the page's own
 * status (a board puts its sync badge here), who is online, the language switch and the user.
 */
import { useEffect, type ReactNode } from 'react';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { useT } from '../../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { OnlineAvatars } from './OnlineAvatars';
import { UserMenu } from './UserMenu';
import { InboxButton } from '../inbox/InboxButton';

interface AppShellProps {
  /** The page title shown beside the app name (e.g. the board's title). */
  title?: ReactNode;
  /** Status and actions of the page, e.g. `<SyncBadge state={…} />`. */
  status?: ReactNode;
  /** Let the page use the full width (boards); lists stay in a readable column. */
  wide?: boolean;
  children: ReactNode;
}

export function AppShell({ title, status, wide, children }: AppShellProps) {
  const t = useT();
  const appName = t('app.name');
  // The tab and the window switcher name the page, e.g. the board's title.
  useEffect(() => {
    document.title = typeof title === 'string' && title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
  return (
    <div className={`shell${wide ? ' shell--wide' : ''}`}>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="topbar">
        <Link href={paths.boards()} className="topbar__brand" aria-label={t('shell.home')}>
          <span className="topbar__logo" aria-hidden="true">
            ▦
          </span>
          <span className="topbar__name">{t('app.name')}</span>
        </Link>
        {title && <div className="topbar__title">{title}</div>}
        <div className="topbar__status">{status}</div>
        <div className="topbar__end">
          <OnlineAvatars />
          <LanguageSwitch />
          <InboxButton />
          <UserMenu />
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
