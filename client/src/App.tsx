/**
 * The screens: sign in and register for visitors; the board list and boards for members. The
 * session is loaded once; presence connects while someone is signed in.
 */
import { useEffect, useState } from 'react';
import { useSessionStore } from './store/sessionStore';
import { navigate } from './router/location';
import { useLocationStore } from './store/locationStore';
import { matchRoute, paths } from './router/routes';
import { connectPresence } from './sync/presenceSocket';
import { LoginPage } from './features/auth/LoginPage';
import { RegisterPage } from './features/auth/RegisterPage';
import { BoardListPage } from './features/boards/BoardListPage';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { BoardPage } from './features/board/BoardPage';
import { useT } from './i18n';

export function App() {
  const t = useT();
  const path = useLocationStore((s) => s.path);
  const me = useSessionStore((s) => s.me);
  const loading = useSessionStore((s) => s.loading);
  const route = matchRoute(path);
  const publicRoute = route.name === 'login' || route.name === 'register';
  // An invitation link opened by someone already signed in: ask them to sign in to join rather
  // than skip it unseen. Only the link they arrived with: right after registering or joining
  // through it, the usual redirect to the boards applies.
  const invite = useLocationStore((s) => new URLSearchParams(s.search).get('invite'));
  const [arrival, setArrival] = useState<{ known: boolean; invite: string | null }>({
    known: false,
    invite: null,
  });
  if (!loading && !arrival.known) setArrival({ known: true, invite: me ? invite : null });
  const joining = publicRoute && invite !== null && invite !== '' && invite === arrival.invite;
  // Joining another workspace keeps the user and changes the workspace: presence reconnects.
  const presenceKey = me ? `${me.user.id}:${me.workspace.id}` : undefined;

  useEffect(() => {
    void useSessionStore
      .getState()
      .loadSession()
      .catch(() => {});
  }, []);

  useEffect(() => {
    if (!presenceKey) return;
    return connectPresence();
  }, [presenceKey]);

  useEffect(() => {
    if (loading) return;
    if (!me && !publicRoute) {
      const here = window.location.pathname + window.location.search;
      navigate(paths.login(here), { replace: true });
    } else if (me && invite && joining && route.name === 'register') {
      navigate(paths.loginWithInvite(invite), { replace: true });
    } else if (me && publicRoute && !joining) {
      const next = new URLSearchParams(window.location.search).get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : paths.boards(), {
        replace: true,
      });
    }
  }, [loading, me, publicRoute, joining, invite, route.name]);

  if (loading) {
    return (
      <div className="splash" role="status">
        {t('app.loading')}
      </div>
    );
  }
  if (!me || joining) {
    if (route.name === 'register') return me ? null : <RegisterPage />;
    if (route.name === 'login') return <LoginPage />;
    return null;
  }
  switch (route.name) {
    case 'boards':
      return <BoardListPage />;
    case 'board':
      return <BoardPage key={route.boardId} boardId={route.boardId} />;
    case 'notFound':
      return <NotFoundPage />;
    default:
      return null;
  }
}
