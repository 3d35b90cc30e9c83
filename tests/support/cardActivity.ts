/**
 * A workspace for the card-activity tests: a board, members of several departments with their
 * cookies, a card made over a real y-websocket provider, and helpers for comments and inboxes.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type * as Y from 'yjs';
import {
  addCard,
  cardsMap,
  listColumns,
  listLanes,
  type CardId,
  type CardHistoryEntryDto,
  type CardTimelineDto,
  type CommentDto,
  type NotificationDto,
  type NotificationListDto,
} from '@orderlane/shared';
import { addMember, api, createBoard, registerAccount, type ServerLike } from './accounts';
import { serverPerFile, tempDir, type TestServerOptions } from './server';
import { connectSocket, waitForConnect, type OrderlaneSocket } from './socketClient';
import { connectBoard, waitFor, type BoardClient } from './yjsClient';

export interface Person {
  cookie: string;
  id: string;
  name: string;
}

export async function makeTeam(server: ServerLike) {
  const admin = await registerAccount(server, { name: 'Mia Manager' });
  const person = async (
    role: Parameters<typeof addMember>[2],
    name: string,
    access: 'member' | 'viewer' = 'member',
  ): Promise<Person> => {
    const account = await addMember(server, admin.cookie, role, access, name);
    return { cookie: account.cookie, id: account.me.user.id, name };
  };
  const team = {
    manager: { cookie: admin.cookie, id: admin.me.user.id, name: 'Mia Manager' } as Person,
    merch: await person('merchandiser', 'Max Merch'),
    log1: await person('logistics', '王小明'),
    log2: await person('logistics', 'Lena Logistics'),
    fin: await person('finance', 'Fay Finance'),
    viewer: await person('qc', 'Vic Viewer', 'viewer'),
  };
  const outsiderAccount = await registerAccount(server, { name: 'Olga Outsider' });
  const outsider: Person = {
    cookie: outsiderAccount.cookie,
    id: outsiderAccount.me.user.id,
    name: 'Olga Outsider',
  };
  const board = await createBoard(server, admin.cookie, { title: 'Export orders', kind: 'orders' });
  return { ...team, outsider, board };
}

export type Team = Awaited<ReturnType<typeof makeTeam>>;

/**
 * The file's server and team: started before its first test, closed after its last (with the
 * SQLite directory when `sqliteDirPrefix` is given); what a test opened is closed after it.
 */
export function teamPerFile(
  options: Omit<TestServerOptions, 'sqliteDir'> & { sqliteDirPrefix?: string } = {},
): { server: ReturnType<typeof serverPerFile>; team: Team } {
  const { sqliteDirPrefix, ...serverOptions } = options;
  const data = sqliteDirPrefix !== undefined ? tempDir(sqliteDirPrefix) : null;
  afterAll(() => data?.remove());
  const server = serverPerFile({ ...serverOptions, ...(data ? { sqliteDir: data.dir } : {}) });
  const file = { server } as { server: typeof server; team: Team };
  beforeAll(async () => {
    file.team = await makeTeam(server);
  });
  afterEach(() => closeAllClients());
  return file;
}

const clients: BoardClient[] = [];
const sockets: OrderlaneSocket[] = [];

export function closeAllClients() {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of sockets.splice(0)) s.disconnect();
}

export async function openBoard(server: ServerLike, boardId: string, person: Person) {
  const client = connectBoard(server.url, boardId, {
    cookie: person.cookie,
    origin: server.origin,
  });
  clients.push(client);
  await client.waitForSync();
  return client;
}

/** Writes a card into the board's first column and lane, as a client would; no waiting. */
export function placeCard(doc: Y.Doc, id: CardId, title: string): void {
  const [column] = listColumns(doc);
  const [lane] = listLanes(doc);
  addCard(
    doc,
    { id, columnId: column!.id, laneId: lane!.id, position: 'a0', createdBy: null, title },
    Date.now(),
  );
}

let cardCount = 0;
/** Adds a card through a real provider and waits until the server acknowledged it. */
export async function addCardVia(client: BoardClient, title: string): Promise<CardId> {
  const id = `card${++cardCount}x${Date.now().toString(36)}` as CardId;
  placeCard(client.doc, id, title);
  await client.waitForAck();
  return id;
}

export function cardMap(client: BoardClient, id: CardId) {
  return cardsMap(client.doc).get(id) as Y.Map<unknown>;
}

/** A socket.io connection that records what it receives. */
export async function openSocket(server: ServerLike, person: Person) {
  const socket = connectSocket(server.url, { cookie: person.cookie, origin: server.origin });
  sockets.push(socket);
  const notifications: NotificationDto[] = [];
  const comments: { event: string; comment: CommentDto }[] = [];
  const history: CardHistoryEntryDto[] = [];
  socket.on('card:history', (entries) => history.push(...entries));
  socket.on('notification', (n) => notifications.push(n));
  socket.on('comment:created', (comment) => comments.push({ event: 'created', comment }));
  socket.on('comment:updated', (comment) => comments.push({ event: 'updated', comment }));
  socket.on('comment:deleted', (comment) => comments.push({ event: 'deleted', comment }));
  await waitForConnect(socket);
  return { socket, notifications, comments, history };
}

export const cardPath = (boardId: string, cardId: string) =>
  `/api/boards/${boardId}/cards/${cardId}`;

export async function comment(
  server: ServerLike,
  person: Person,
  boardId: string,
  cardId: string,
  body: unknown,
) {
  return api<CommentDto>(server, 'POST', `${cardPath(boardId, cardId)}/comments`, {
    cookie: person.cookie,
    body,
  });
}

export async function inbox(server: ServerLike, person: Person) {
  const res = await api<NotificationListDto>(server, 'GET', '/api/notifications', {
    cookie: person.cookie,
  });
  if (res.status !== 200) throw new Error(`inbox: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function timeline(
  server: ServerLike,
  person: Person,
  boardId: string,
  cardId: string,
) {
  const res = await api<CardTimelineDto>(server, 'GET', `${cardPath(boardId, cardId)}/history`, {
    cookie: person.cookie,
  });
  if (res.status !== 200) throw new Error(`history: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Waits until the person's inbox holds a notification matching `match`. */
export function inboxHas(
  server: ServerLike,
  person: Person,
  match: (n: NotificationDto) => boolean,
) {
  return waitFor(
    async () => (await inbox(server, person)).items.find(match),
    10_000,
    'notification in inbox',
  );
}
