/**
 * `pnpm start --demo`: fills a fresh data dir with a realistic workspace — an export company's
 * order team across every role (`ROLES`), and one order board of about sixty orders spread over
 * the stages, each in the lane of the department holding the ball, some overdue, some at risk.
 *
 * Everything but the password salt comes from `random` and `now`, so a test can pin it.
 */
import * as Y from 'yjs';
import {
  addCard,
  addDays,
  initBoardDoc,
  isoDay,
  listColumns,
  listLanes,
  makeId,
  positionsBetween,
  STAGE_KEYS,
  type CardId,
  type NewCard,
  type Priority,
  type Random,
  type RoleKey,
  type StageKey,
  type UserId,
  canBeAssigned,
} from '@orderlane/shared';
import { hashPassword } from '../auth/passwords';
import type { BoardRecord } from '../persistence/BoardStorage';
import type { Storage } from '../persistence/Storage';
import {
  DEMO_BLOCKED,
  DEMO_BOARD_TITLE,
  DEMO_CUSTOMERS,
  DEMO_NOTES,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_RISKS,
  DEMO_WORKSPACE_NAME,
  ORDERS_PER_STAGE,
  PORTS_OF_LOADING,
} from './demoCatalog';

export interface DemoAccount {
  name: string;
  email: string;
  password: string;
  role: string;
  access: string;
}

export interface DemoWorkspace {
  workspaceId: string;
  boardId: string;
  accounts: DemoAccount[];
}

const DAY = 24 * 60 * 60 * 1000;

/** Who holds the ball at each stage: the lane an order of that stage sits in. */
const BALL_HOLDER: Record<StageKey, readonly RoleKey[]> = {
  inquiry: ['sales'],
  quotation: ['sales'],
  sample: ['merchandiser'],
  // Signed, waiting for the deposit: sales chases the customer, finance watches the bank.
  confirmed: ['sales', 'finance'],
  procurement: ['purchasing'],
  production: ['production'],
  inspection: ['qc'],
  shipping: ['logistics'],
  documents: ['documents'],
  payment: ['finance'],
  done: ['sales'],
};

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function between(random: Random, [min, max]: readonly [number, number], step = 100): number {
  return Math.round((min + random() * (max - min)) / step) * step || step;
}

function priorityFor(random: Random, tier: string): Priority {
  const r = random() + (tier === 'key' ? 0.15 : 0);
  return r > 1.02 ? 'urgent' : r > 0.72 ? 'high' : r < 0.08 ? 'low' : 'normal';
}

/** Due-date offsets in days from today: every tenth order overdue, some due today or tomorrow. */
function dueOffset(random: Random, index: number, stage: StageKey): number {
  if (stage === 'done') return -3 - Math.floor(random() * 20);
  switch (index % 10) {
    case 0:
    case 5:
      return -1 - Math.floor(random() * 6);
    case 1:
      return 0;
    case 2:
      return 1;
    default:
      return 2 + Math.floor(random() * 28);
  }
}

export async function seedDemoWorkspace(
  storage: Storage,
  options: { now: number; random: () => number },
): Promise<DemoWorkspace> {
  const { now, random } = options;
  const workspaceId = makeId(random);
  // One hash for all: the password is the same and printed at start anyway; scrypt is slow on
  // purpose and the demo should start quickly.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  for (const [i, person] of DEMO_PEOPLE.entries()) {
    const userId = makeId(random);
    userIds.set(person.email, userId);
    const joinedAt = now - 120 * DAY + i * DAY;
    await storage.accounts.create({
      user: {
        id: userId,
        name: person.name,
        email: person.email,
        passwordHash,
        createdAt: joinedAt,
      },
      ...(i === 0
        ? { workspace: { id: workspaceId, name: DEMO_WORKSPACE_NAME, createdAt: joinedAt } }
        : {}),
      member: { workspaceId, userId, role: person.role, access: person.access, joinedAt },
    });
  }
  const admin = userIds.get(DEMO_PEOPLE[0]!.email)!;
  /** People who can own an order in a lane: members of that role (the viewer only watches). */
  const ownersOf = (role: RoleKey) =>
    DEMO_PEOPLE.filter((p) => p.role === role && canBeAssigned(p.access)).map(
      (p) => userIds.get(p.email)! as UserId,
    );

  const doc = new Y.Doc();
  // The document's client id too comes from `random`: the same seed gives the same bytes.
  doc.clientID = Math.floor(random() * 2 ** 31);
  initBoardDoc(doc, {
    title: DEMO_BOARD_TITLE,
    kind: 'orders',
    locale: 'en',
    newId: () => makeId(random),
  });
  const columnOf = new Map(listColumns(doc).map((c) => [c.stage, c.id]));
  const laneOf = new Map(listLanes(doc).map((l) => [l.role, l.id]));
  const today = isoDay(new Date(now));

  const cards: Omit<NewCard, 'position'>[] = [];
  let index = 0;
  // Newer orders carry higher numbers, so the numbers fall from inquiry towards done.
  let orderSeq = 720;
  const risksLeft = [...DEMO_RISKS];
  const blockedLeft = [...DEMO_BLOCKED];
  for (const stage of STAGE_KEYS) {
    for (let n = 0; n < ORDERS_PER_STAGE[stage]; n++, index++) {
      const customer = pick(random, DEMO_CUSTOMERS);
      const product = pick(random, customer.products);
      const role = BALL_HOLDER[stage][n % BALL_HOLDER[stage].length]!;
      const owner = pick(random, ownersOf(role));
      const due = addDays(today, dueOffset(random, index, stage));
      const late =
        stage === 'shipping' || stage === 'documents' || stage === 'payment' || stage === 'done';
      orderSeq -= 1 + Math.floor(random() * 9);
      const prefix = stage === 'inquiry' ? 'INQ' : 'NB';
      const riskAt = risksLeft.findIndex((r) => r.stage === stage);
      const risk = riskAt >= 0 && random() < 0.9 ? risksLeft.splice(riskAt, 1)[0] : undefined;
      const note = DEMO_NOTES[stage];
      // The second order of its stage, so the blocked one is rarely also the flagged one.
      const blockedAt = n === 1 ? blockedLeft.findIndex((b) => b.stage === stage) : -1;
      const blocked = blockedAt >= 0 ? blockedLeft.splice(blockedAt, 1)[0]!.reason : null;
      cards.push({
        id: makeId(random) as CardId,
        columnId: columnOf.get(stage)!,
        laneId: laneOf.get(role)!,
        createdBy: owner,
        title: product.name,
        orderNo: `${prefix}-2026-${String(orderSeq).padStart(4, '0')}`,
        customer: customer.name,
        customerTier: customer.tier,
        product: product.name,
        quantity: between(random, product.quantity),
        unit: product.unit,
        incoterm: customer.incoterm,
        portOfLoading: pick(random, PORTS_OF_LOADING),
        portOfDestination: customer.portOfDestination,
        ownerId: owner,
        dueDate: due,
        eta: late ? addDays(due, 24 + Math.floor(random() * 14)) : null,
        priority: risk?.severity === 'high' ? 'urgent' : priorityFor(random, customer.tier),
        risks: risk ? [{ kind: risk.kind, severity: risk.severity, note: risk.note }] : [],
        blocked,
        ...(note && n === 0 ? { description: note[0]! } : {}),
      });
    }
  }

  // Positions per cell: evenly spread keys, in the order the orders were made.
  const byCell = new Map<string, typeof cards>();
  for (const card of cards) {
    const key = `${card.columnId}/${card.laneId}`;
    byCell.set(key, [...(byCell.get(key) ?? []), card]);
  }
  doc.transact(() => {
    for (const cell of byCell.values()) {
      const positions = positionsBetween(null, null, cell.length);
      cell.forEach((card, i) => {
        const createdAt = now - Math.floor(random() * 40 * DAY);
        addCard(doc, { ...card, position: positions[i]! }, createdAt);
      });
    }
  });

  const boardId = makeId(random);
  const board: BoardRecord = {
    id: boardId,
    workspaceId,
    title: DEMO_BOARD_TITLE,
    kind: 'orders',
    cadence: null,
    sourceBoardIds: [],
    archived: false,
    createdBy: admin,
    createdAt: now - 100 * DAY,
    updatedAt: now,
  };
  await storage.boards.create(board, Y.encodeStateAsUpdate(doc));
  doc.destroy();

  return {
    workspaceId,
    boardId,
    accounts: DEMO_PEOPLE.map((p) => ({
      name: p.name,
      email: p.email,
      password: DEMO_PASSWORD,
      role: p.role,
      access: p.access,
    })),
  };
}
