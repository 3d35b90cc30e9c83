import { ID_SOURCE } from '@orderlane/shared';

/** The screens and their paths. */
export type Route =
  | { name: 'login' }
  | { name: 'register' }
  | { name: 'boards' }
  | { name: 'board'; boardId: string }
  | { name: 'notFound' };

const BOARD_PATH = new RegExp(`^/b/(${ID_SOURCE})/?$`);

export function matchRoute(path: string): Route {
  if (path === '/login') return { name: 'login' };
  if (path === '/register') return { name: 'register' };
  if (path === '/' || path === '') return { name: 'boards' };
  const board = BOARD_PATH.exec(path);
  if (board) return { name: 'board', boardId: board[1]! };
  return { name: 'notFound' };
}

export const paths = {
  login: (next?: string) =>
    next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login',
  register: () => '/register',
  /** The two doors of an invitation link: a new account, or an existing one signing in. */
  registerWithInvite: (invite: string) => `/register?invite=${encodeURIComponent(invite)}`,
  loginWithInvite: (invite: string) => `/login?invite=${encodeURIComponent(invite)}`,
  boards: () => '/',
  board: (boardId: string) => `/b/${boardId}`,
};
