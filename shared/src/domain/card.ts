/** The order card (the `cards` entries of docs/board-document.md) as plain data, and its validation. */
import { z } from 'zod';
import type { CardId, ColumnId, LaneId, UserId } from './ids';

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const RISK_KINDS = [
  'supply',
  'production',
  'quality',
  'logistics',
  'documents',
  'payment',
  'fx',
  'policy',
  'calendar',
] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

export const RISK_SEVERITIES = ['low', 'medium', 'high'] as const;
export type RiskSeverity = (typeof RISK_SEVERITIES)[number];

export const CUSTOMER_TIERS = ['key', 'regular', 'new'] as const;
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];

export const INCOTERMS = ['EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DDP'] as const;

export const riskSchema = z.object({
  kind: z.enum(RISK_KINDS),
  severity: z.enum(RISK_SEVERITIES),
  note: z.string().max(500).default(''),
});
export type Risk = z.infer<typeof riskSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (YYYY-MM-DD)');
const shortText = (max: number) => z.string().max(max);

/** The longest reason a blocked card can carry: one line a standup can read out. */
export const BLOCKED_REASON_MAX = 300;

/** The editable scalar fields of a card: what a client may write with `updateCard`. */
export const cardFieldsSchema = z.object({
  title: shortText(200),
  orderNo: shortText(64),
  customer: shortText(120),
  customerTier: z.enum(CUSTOMER_TIERS).nullable(),
  product: shortText(200),
  quantity: z.number().finite().nonnegative().nullable(),
  unit: shortText(20),
  incoterm: z.enum(INCOTERMS).nullable(),
  portOfLoading: shortText(80),
  portOfDestination: shortText(80),
  ownerId: z.string().max(64).nullable(),
  dueDate: isoDate.nullable(),
  eta: isoDate.nullable(),
  priority: z.enum(PRIORITIES),
  risks: z.array(riskSchema).max(20),
  /** null = not blocked; a string = blocked, with why ('' = blocked, no reason given). */
  blocked: shortText(BLOCKED_REASON_MAX).nullable(),
});
export type CardFields = z.infer<typeof cardFieldsSchema>;
export const cardPatchSchema = cardFieldsSchema.partial();
export type CardPatch = z.infer<typeof cardPatchSchema>;

/** A card read out of the board document (the description is read separately, it is a Y.Text). */
export interface Card extends CardFields {
  id: CardId;
  columnId: ColumnId;
  laneId: LaneId;
  position: string;
  createdAt: number;
  createdBy: UserId | null;
  updatedAt: number;
}

export const DEFAULT_CARD_FIELDS: CardFields = {
  title: '',
  orderNo: '',
  customer: '',
  customerTier: null,
  product: '',
  quantity: null,
  unit: '',
  incoterm: null,
  portOfLoading: '',
  portOfDestination: '',
  ownerId: null,
  dueDate: null,
  eta: null,
  priority: 'normal',
  risks: [],
  blocked: null,
};
