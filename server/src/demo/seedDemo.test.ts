import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  cardFieldsSchema,
  dueState,
  isoDay,
  layoutCards,
  listCards,
  listColumns,
  listLanes,
  loginBody,
  readMeta,
  ROLE_KEYS,
} from '@orderlane/shared';
import { verifyPassword } from '../auth/passwords';
import { MemoryStorage } from '../persistence/MemoryStorage';
import { DEMO_BLOCKED } from './demoCatalog';
import { seedDemoWorkspace } from './seedDemo';

/** A seeded random source, so the demo is the same on every run. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOW = new Date(2026, 2, 18, 9, 30).getTime();

async function seedAndLoad(seed: number) {
  const storage = new MemoryStorage();
  const demo = await seedDemoWorkspace(storage, { now: NOW, random: seeded(seed) });
  const stored = await storage.documents.load(demo.boardId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return { storage, demo, doc };
}

describe('seedDemoWorkspace', () => {
  it('creates about ten people across every role, an admin manager first and one viewer', async () => {
    const { storage, demo } = await seedAndLoad(1);
    const members = await storage.accounts.listMembers(demo.workspaceId);
    expect(members.length).toBeGreaterThanOrEqual(9);
    expect(members.length).toBeLessThanOrEqual(12);
    expect(new Set(members.map((m) => m.role))).toEqual(new Set(ROLE_KEYS));
    expect(members.filter((m) => m.access === 'viewer')).toHaveLength(1);
    expect(demo.accounts[0]).toMatchObject({ role: 'manager' });
    const first = await storage.accounts.getUserByEmail(demo.accounts[0]!.email);
    expect((await storage.accounts.getMember(demo.workspaceId, first!.id))!.access).toBe('admin');
    expect((await storage.accounts.getWorkspace(demo.workspaceId))!.name).toContain('宁波');
    for (const account of demo.accounts) {
      // The printed sign-ins pass the login route's own validation.
      expect(loginBody.safeParse(account).success, account.email).toBe(true);
      expect(await storage.accounts.getUserByEmail(account.email)).toBeDefined();
    }
    const hash = first!.passwordHash;
    expect(hash.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword(demo.accounts[0]!.password, hash)).toBe(true);
  });

  it('creates one order board of about sixty valid orders, each in an existing cell', async () => {
    const { storage, demo, doc } = await seedAndLoad(2);
    const boards = await storage.boards.list(demo.workspaceId);
    expect(boards.map((b) => b.id)).toEqual([demo.boardId]);
    expect(readMeta(doc).kind).toBe('orders');
    const columns = listColumns(doc);
    const lanes = listLanes(doc);
    expect(columns).toHaveLength(11);
    const cards = listCards(doc);
    expect(cards.length).toBeGreaterThanOrEqual(55);
    expect(cards.length).toBeLessThanOrEqual(65);
    const layout = layoutCards(
      cards,
      new Set(columns.map((c) => c.id)),
      new Set(lanes.map((l) => l.id)),
    );
    expect(layout.unsorted).toEqual([]);
    for (const card of cards) {
      expect(cardFieldsSchema.safeParse(card).success, card.orderNo).toBe(true);
    }
    // Spread over every stage and most lanes; unique order numbers; no tied positions.
    expect(new Set(cards.map((c) => c.columnId)).size).toBe(11);
    expect(new Set(cards.map((c) => c.laneId)).size).toBe(8);
    expect(new Set(cards.map((c) => c.orderNo)).size).toBe(cards.length);
    for (const cell of layout.cells.values()) {
      expect(new Set(cell.map((c) => c.position)).size).toBe(cell.length);
    }
  });

  it('gives every order an owner of the department holding the ball', async () => {
    const { storage, demo, doc } = await seedAndLoad(3);
    const members = new Map(
      (await storage.accounts.listMembers(demo.workspaceId)).map((m) => [m.userId, m]),
    );
    const laneRole = new Map(listLanes(doc).map((l) => [l.id, l.role]));
    for (const card of listCards(doc)) {
      const owner = members.get(card.ownerId ?? '');
      expect(owner, card.orderNo).toBeDefined();
      expect(owner!.access).not.toBe('viewer');
      expect(owner!.role).toBe(laneRole.get(card.laneId));
    }
  });

  it('has orders overdue, due today and tomorrow, and at least eight at risk', async () => {
    const { doc } = await seedAndLoad(4);
    const doneColumn = listColumns(doc).find((c) => c.stage === 'done')!.id;
    const today = isoDay(new Date(NOW));
    const states = listCards(doc).map((c) =>
      dueState(c.dueDate, today, { done: c.columnId === doneColumn }),
    );
    expect(states.filter((s) => s === 'overdue').length).toBeGreaterThanOrEqual(3);
    expect(states.filter((s) => s === 'today').length).toBeGreaterThanOrEqual(2);
    expect(states.filter((s) => s === 'soon').length).toBeGreaterThanOrEqual(2);
    const atRisk = listCards(doc).filter((c) => c.risks.length > 0);
    expect(atRisk.length).toBeGreaterThanOrEqual(8);
    expect(atRisk.some((c) => c.risks[0]!.note.includes('Supplier delayed'))).toBe(true);
  });

  it('has a few blocked orders, each with a reason', async () => {
    const { doc } = await seedAndLoad(4);
    const blocked = listCards(doc).filter((c) => c.blocked !== null);
    expect(blocked.map((c) => c.blocked).sort()).toEqual(DEMO_BLOCKED.map((b) => b.reason).sort());
  });

  it('is the same board for the same random source', async () => {
    const a = await seedAndLoad(5);
    const b = await seedAndLoad(5);
    expect(a.demo.boardId).toBe(b.demo.boardId);
    expect(a.doc.getMap('cards').toJSON()).toEqual(b.doc.getMap('cards').toJSON());
  });
});
