/** Workspace presence over socket.io: same cookie auth and origin check as the Yjs endpoint. */
import { afterAll, describe, expect, it } from 'vitest';
import type { PresenceUser } from '@orderlane/shared';
import { addMember, registerAccount } from '../support/accounts';
import { realtimeServerPerFile } from '../support/realtimeServer';
import { connectSocket, waitForConnect, type OrderlaneSocket } from '../support/socketClient';
import { waitFor } from '../support/yjsClient';

const realtime = realtimeServerPerFile();
const { server } = realtime;
const sockets: OrderlaneSocket[] = [];

function open(cookie?: string, origin?: string) {
  const socket = connectSocket(server.url, {
    ...(cookie ? { cookie } : {}),
    origin: origin ?? server.origin,
  });
  sockets.push(socket);
  return socket;
}

function latestList(socket: OrderlaneSocket) {
  const seen: { list: PresenceUser[] | null } = { list: null };
  socket.on('presence:list', (users) => {
    seen.list = users;
  });
  return seen;
}

const ask = (socket: OrderlaneSocket) =>
  new Promise<PresenceUser[]>((resolve) => socket.emit('presence:get', resolve));

afterAll(() => {
  for (const socket of sockets) socket.disconnect();
});

describe('workspace presence', () => {
  it('shows two members of one workspace to each other, and nobody from elsewhere', async () => {
    const admin = await registerAccount(server, { name: 'Amy Admin' });
    const member = await addMember(server, admin.cookie, 'logistics', 'member', 'Leo Logistics');
    const outsider = await registerAccount(server, { name: 'Olga Outsider' });

    const a = open(admin.cookie);
    const aSeen = latestList(a);
    await waitForConnect(a);
    const o = open(outsider.cookie);
    const oSeen = latestList(o);
    await waitForConnect(o);
    const m1 = open(member.cookie);
    const m2 = open(member.cookie); // a second tab
    await Promise.all([waitForConnect(m1), waitForConnect(m2)]);

    const names = (list: PresenceUser[] | null) => (list ?? []).map((u) => u.name).sort();
    await waitFor(() => names(aSeen.list).join() === 'Amy Admin,Leo Logistics');
    const leo = aSeen.list!.find((u) => u.name === 'Leo Logistics')!;
    expect(leo).toMatchObject({ role: 'logistics', connections: 2, userId: member.me.user.id });

    const fromMember = await ask(m1);
    expect(names(fromMember)).toEqual(['Amy Admin', 'Leo Logistics']);
    const fromOutsider = await ask(o);
    expect(names(fromOutsider)).toEqual(['Olga Outsider']);
    expect(names(oSeen.list)).toEqual(['Olga Outsider']);

    m1.disconnect();
    await waitFor(() => aSeen.list?.find((u) => u.name === 'Leo Logistics')?.connections === 1);
    m2.disconnect();
    await waitFor(() => names(aSeen.list).join() === 'Amy Admin');
  });

  it('refuses a handshake without a session cookie', async () => {
    const socket = open(undefined);
    await expect(waitForConnect(socket)).rejects.toThrow(/unauthenticated/);
  });

  it('refuses a handshake from a foreign Origin', async () => {
    const admin = await registerAccount(server, { name: 'Eve' });
    const socket = open(admin.cookie, 'https://evil.example');
    await expect(waitForConnect(socket)).rejects.toThrow();
    expect(socket.connected).toBe(false);
  });

  it('ignores malformed events and keeps serving', async () => {
    const admin = await registerAccount(server, { name: 'Mal Formed' });
    const socket = open(admin.cookie);
    await waitForConnect(socket);
    const raw = socket as unknown as { emit(...args: unknown[]): void };
    raw.emit('presence:get', 'not a function');
    raw.emit('presence:get');
    raw.emit('no:such:event', { a: 1 });
    raw.emit('presence:get', 42, 'x');
    const list = await ask(socket);
    expect(list.map((u) => u.name)).toEqual(['Mal Formed']);
    expect(socket.connected).toBe(true);
  });
});
