/** The default stages of an export order, left to right. */
export const STAGE_KEYS = [
  'inquiry',
  'quotation',
  'sample',
  'confirmed',
  'procurement',
  'production',
  'inspection',
  'shipping',
  'documents',
  'payment',
  'done',
] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export interface StageInfo {
  key: StageKey;
  en: string;
  zh: string;
  optional?: boolean;
  /** Hours a card may sit in the stage before it counts as stuck; undefined = no clock. */
  slaHours?: number;
}

export const STAGES: readonly StageInfo[] = [
  { key: 'inquiry', en: 'Inquiry', zh: '询盘', slaHours: 24 },
  { key: 'quotation', en: 'Quotation', zh: '报价', slaHours: 72 },
  { key: 'sample', en: 'Sample', zh: '打样', optional: true },
  { key: 'confirmed', en: 'Confirmed', zh: '确认订单' },
  { key: 'procurement', en: 'Procurement', zh: '采购' },
  { key: 'production', en: 'Production', zh: '生产' },
  { key: 'inspection', en: 'Inspection', zh: '验货' },
  { key: 'shipping', en: 'Shipping', zh: '订舱出运' },
  { key: 'documents', en: 'Documents', zh: '单证交单' },
  { key: 'payment', en: 'Payment', zh: '收汇' },
  { key: 'done', en: 'Done', zh: '完成' },
];

export function isStageKey(value: unknown): value is StageKey {
  return typeof value === 'string' && (STAGE_KEYS as readonly string[]).includes(value);
}

/**
 * Whether a card in a column of this stage is finished: it is never overdue, never due soon and
 * never on an agenda. Columns without a stage are open.
 */
export function isClosedStage(stage: StageKey | string | null | undefined): boolean {
  return stage === 'done';
}
