/** The departments of an export order team. A role is also a mention target. */
export const ROLE_KEYS = [
  'sales',
  'merchandiser',
  'purchasing',
  'production',
  'qc',
  'logistics',
  'documents',
  'finance',
  'manager',
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

export interface RoleInfo {
  key: RoleKey;
  en: string;
  zh: string;
  /** Whether the role gets a swimlane on a new order board (managers oversee, they hold no ball). */
  lane: boolean;
}

export const ROLES: readonly RoleInfo[] = [
  { key: 'sales', en: 'Sales', zh: '业务', lane: true },
  { key: 'merchandiser', en: 'Merchandising', zh: '跟单', lane: true },
  { key: 'purchasing', en: 'Purchasing', zh: '采购', lane: true },
  { key: 'production', en: 'Production', zh: '生产', lane: true },
  { key: 'qc', en: 'QC', zh: '质检', lane: true },
  { key: 'logistics', en: 'Logistics', zh: '物流', lane: true },
  { key: 'documents', en: 'Documents', zh: '单证', lane: true },
  { key: 'finance', en: 'Finance', zh: '财务', lane: true },
  { key: 'manager', en: 'Management', zh: '经理', lane: false },
];

/** The roles that get a swimlane on a new order board, in board order. */
export const LANE_ROLE_KEYS: readonly RoleKey[] = ROLES.filter((r) => r.lane).map((r) => r.key);

export function isRoleKey(value: unknown): value is RoleKey {
  return typeof value === 'string' && (ROLE_KEYS as readonly string[]).includes(value);
}

export function roleInfo(key: RoleKey): RoleInfo {
  const info = ROLES.find((r) => r.key === key);
  if (!info) throw new Error(`unknown role ${key}`);
  return info;
}

/** What a member may do in a workspace. A viewer reads every board and writes none. */
export const ACCESS_LEVELS = ['admin', 'member', 'viewer'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export function canWrite(access: AccessLevel): boolean {
  return access !== 'viewer';
}

/** Whether a member may be given work (own an order, an action item, the facilitator's seat). */
export function canBeAssigned(access: AccessLevel): boolean {
  return canWrite(access);
}
