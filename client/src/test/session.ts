/** A signed-in session in the client's stores, for component tests. */
import { afterEach, beforeEach } from 'vitest';
import { act, cleanup } from '@testing-library/react';
import type { MeDto, MemberDto, RoleKey } from '@orderlane/shared';
import { useLocaleStore } from '../store/localeStore';
import { useSessionStore } from '../store/sessionStore';

export const member = (id: string, name: string, role: RoleKey = 'logistics'): MemberDto => ({
  id,
  name,
  email: `${id}@example.test`,
  role,
  access: 'member',
  joinedAt: 0,
});

/**
 * Before each test of the file: English, these colleagues known, and `me` signed in when
 * given (as its member's id and name). After each: the rendered tree is removed.
 */
export function withSession(members: MemberDto[], me?: MemberDto): void {
  beforeEach(() => {
    act(() => {
      useLocaleStore.setState({ locale: 'en' });
      useSessionStore.setState({
        members,
        ...(me ? { me: { user: { id: me.id, name: me.name } } as MeDto } : {}),
      });
    });
  });
  afterEach(cleanup);
}
