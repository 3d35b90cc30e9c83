import { describe, expect, it } from 'vitest';
import { matchRoute, paths } from './routes';

describe('matchRoute', () => {
  it('knows every screen and rejects odd board ids', () => {
    expect(matchRoute('/')).toEqual({ name: 'boards' });
    expect(matchRoute('/login')).toEqual({ name: 'login' });
    expect(matchRoute('/register')).toEqual({ name: 'register' });
    expect(matchRoute('/b/abc_D-9')).toEqual({ name: 'board', boardId: 'abc_D-9' });
    expect(matchRoute('/b/abc/')).toEqual({ name: 'board', boardId: 'abc' });
    expect(matchRoute('/b/a%20b')).toEqual({ name: 'notFound' });
    expect(matchRoute('/nothing')).toEqual({ name: 'notFound' });
  });

  it('round-trips a board path and carries where to go after signing in', () => {
    expect(matchRoute(paths.board('x1'))).toEqual({ name: 'board', boardId: 'x1' });
    expect(paths.login('/b/x1?group=owner')).toBe('/login?next=%2Fb%2Fx1%3Fgroup%3Downer');
    expect(paths.login('/')).toBe('/login');
  });
});
