/**
 * The cast and the trade of the demo workspace: a Ningbo export company with its order team,
 * its overseas customers, what it sells and what tends to go wrong. Plain data, so the seeding
 * code reads as the rules that place it on the board.
 */
import type { AccessLevel, CustomerTier, Risk, RoleKey, StageKey } from '@orderlane/shared';

export const DEMO_WORKSPACE_NAME = 'Ningbo Harbor Trading 宁波港贸易';
export const DEMO_BOARD_TITLE = 'Export orders 2026 · 2026 出口订单';
/** One password for every demo account: it is printed at start, this is a showroom. */
export const DEMO_PASSWORD = 'orderlane-demo';

export interface DemoPerson {
  name: string;
  email: string;
  role: RoleKey;
  access: AccessLevel;
}

/** The first person creates the workspace and administers it. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { name: '王芳 Wang Fang', email: 'wang.fang@demo.orderlane', role: 'manager', access: 'admin' },
  { name: '李娜 Li Na', email: 'li.na@demo.orderlane', role: 'sales', access: 'member' },
  { name: '陈伟 Chen Wei', email: 'chen.wei@demo.orderlane', role: 'sales', access: 'member' },
  {
    name: '张敏 Zhang Min',
    email: 'zhang.min@demo.orderlane',
    role: 'merchandiser',
    access: 'member',
  },
  { name: '刘洋 Liu Yang', email: 'liu.yang@demo.orderlane', role: 'purchasing', access: 'member' },
  { name: '赵磊 Zhao Lei', email: 'zhao.lei@demo.orderlane', role: 'production', access: 'member' },
  { name: '孙丽 Sun Li', email: 'sun.li@demo.orderlane', role: 'qc', access: 'member' },
  { name: '周杰 Zhou Jie', email: 'zhou.jie@demo.orderlane', role: 'logistics', access: 'member' },
  { name: '吴婷 Wu Ting', email: 'wu.ting@demo.orderlane', role: 'documents', access: 'member' },
  {
    name: '郑强 Zheng Qiang',
    email: 'zheng.qiang@demo.orderlane',
    role: 'finance',
    access: 'member',
  },
  // A trainee merchandiser who follows the board but does not change it yet.
  {
    name: '林晓 Lin Xiao',
    email: 'lin.xiao@demo.orderlane',
    role: 'merchandiser',
    access: 'viewer',
  },
];

export interface DemoProduct {
  name: string;
  unit: string;
  /** Typical order size, min and max. */
  quantity: [number, number];
}

export interface DemoCustomer {
  name: string;
  tier: CustomerTier;
  portOfDestination: string;
  incoterm: 'FOB' | 'CIF' | 'CFR' | 'EXW' | 'DAP';
  products: readonly DemoProduct[];
}

const LED_PANEL: DemoProduct = {
  name: 'LED panel light 600×600 40W',
  unit: 'pcs',
  quantity: [2000, 12000],
};
const STREET_LIGHT: DemoProduct = {
  name: 'LED street light 100W IP66',
  unit: 'pcs',
  quantity: [300, 2500],
};
const COOKWARE: DemoProduct = {
  name: 'Stainless cookware set, 5 pcs',
  unit: 'sets',
  quantity: [500, 3000],
};
const SKILLET: DemoProduct = {
  name: 'Cast iron skillet 26 cm',
  unit: 'pcs',
  quantity: [1000, 6000],
};
const TOWELS: DemoProduct = {
  name: 'Cotton bath towel 70×140 cm',
  unit: 'pcs',
  quantity: [5000, 30000],
};
const BLANKETS: DemoProduct = {
  name: 'Polyester fleece blanket',
  unit: 'pcs',
  quantity: [3000, 15000],
};
const INVERTER: DemoProduct = {
  name: 'Hybrid solar inverter 5 kW',
  unit: 'units',
  quantity: [100, 800],
};
const SOLAR_PANEL: DemoProduct = {
  name: 'Mono PV module 450 W',
  unit: 'pcs',
  quantity: [400, 3000],
};
const DINNERWARE: DemoProduct = {
  name: 'Stoneware dinner set, 16 pcs',
  unit: 'sets',
  quantity: [800, 4000],
};
const HOSE: DemoProduct = { name: 'PVC garden hose 30 m', unit: 'rolls', quantity: [2000, 10000] };

export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  {
    name: 'Hanse Home GmbH',
    tier: 'key',
    portOfDestination: 'Hamburg',
    incoterm: 'FOB',
    products: [COOKWARE, DINNERWARE, TOWELS],
  },
  {
    name: 'Pacific Lighting Supply Inc.',
    tier: 'key',
    portOfDestination: 'Los Angeles',
    incoterm: 'FOB',
    products: [LED_PANEL, STREET_LIGHT],
  },
  {
    name: 'Al Noor General Trading LLC',
    tier: 'regular',
    portOfDestination: 'Jebel Ali',
    incoterm: 'CIF',
    products: [LED_PANEL, INVERTER, SOLAR_PANEL],
  },
  {
    name: 'Casa Verde Importadora Ltda.',
    tier: 'regular',
    portOfDestination: 'Santos',
    incoterm: 'CFR',
    products: [HOSE, COOKWARE],
  },
  {
    name: 'Nordkök AB',
    tier: 'regular',
    portOfDestination: 'Gothenburg',
    incoterm: 'FOB',
    products: [SKILLET, COOKWARE],
  },
  {
    name: 'Sunbelt Energy Pty Ltd',
    tier: 'new',
    portOfDestination: 'Melbourne',
    incoterm: 'CIF',
    products: [INVERTER, SOLAR_PANEL],
  },
  {
    name: 'Maple Linen Co.',
    tier: 'new',
    portOfDestination: 'Vancouver',
    incoterm: 'FOB',
    products: [TOWELS, BLANKETS],
  },
  {
    name: 'Rotterdam Retail Group BV',
    tier: 'key',
    portOfDestination: 'Rotterdam',
    incoterm: 'FOB',
    products: [BLANKETS, DINNERWARE, HOSE],
  },
  {
    name: 'Savanna Power Solutions Ltd',
    tier: 'new',
    portOfDestination: 'Mombasa',
    incoterm: 'CIF',
    products: [SOLAR_PANEL, STREET_LIGHT],
  },
  {
    name: 'Pennine Towels Ltd',
    tier: 'regular',
    portOfDestination: 'Felixstowe',
    incoterm: 'EXW',
    products: [TOWELS],
  },
];

export const PORTS_OF_LOADING = ['Ningbo', 'Ningbo', 'Ningbo', 'Shanghai'] as const;

/** How many orders sit in each stage: a pipeline thinning towards the end of the month. */
export const ORDERS_PER_STAGE: Record<StageKey, number> = {
  inquiry: 7,
  quotation: 7,
  sample: 4,
  confirmed: 6,
  procurement: 6,
  production: 8,
  inspection: 5,
  shipping: 6,
  documents: 4,
  payment: 4,
  done: 3,
};

/** Risks the team is watching, each tied to the stage where it bites. */
export const DEMO_RISKS: readonly (Risk & { stage: StageKey })[] = [
  {
    stage: 'procurement',
    kind: 'supply',
    severity: 'high',
    note: 'Supplier delayed fabric 5 days',
  },
  {
    stage: 'procurement',
    kind: 'supply',
    severity: 'medium',
    note: 'Stainless coil price up 8%; PO not confirmed yet',
  },
  {
    stage: 'production',
    kind: 'production',
    severity: 'medium',
    note: 'Line 3 down for maintenance, 2 days behind plan',
  },
  {
    stage: 'production',
    kind: 'calendar',
    severity: 'medium',
    note: "Customer's holiday season: must make this vessel or miss the sales window",
  },
  {
    stage: 'inspection',
    kind: 'quality',
    severity: 'high',
    note: 'AQL 2.5 failed: scratched cartons, rework scheduled',
  },
  {
    stage: 'shipping',
    kind: 'logistics',
    severity: 'high',
    note: 'No space on the booked vessel; rolled to next week',
  },
  {
    stage: 'shipping',
    kind: 'logistics',
    severity: 'medium',
    note: 'Port congestion at destination, ETA +6 days',
  },
  {
    stage: 'documents',
    kind: 'documents',
    severity: 'high',
    note: 'L/C asks for B/L dated before 15th: check discrepancy',
  },
  {
    stage: 'payment',
    kind: 'payment',
    severity: 'high',
    note: 'Balance 20 days overdue; customer asks for extension',
  },
  {
    stage: 'quotation',
    kind: 'fx',
    severity: 'medium',
    note: 'USD/CNY moved 1.2% since the quote; margin thin',
  },
  {
    stage: 'confirmed',
    kind: 'policy',
    severity: 'low',
    note: 'Destination tariff review announced; confirm HS code',
  },
];

/** Orders nobody on the team can move until someone outside acts: one card each, in its stage. */
export const DEMO_BLOCKED: readonly { stage: StageKey; reason: string }[] = [
  { stage: 'confirmed', reason: "Waiting for customer's artwork approval" },
  { stage: 'procurement', reason: 'Waiting for the 30% T/T deposit before ordering fabric' },
  { stage: 'shipping', reason: 'L/C amendment pending: latest shipment date too early' },
];

/** Short descriptions a merchandiser would leave on a card. */
export const DEMO_NOTES: Partial<Record<StageKey, readonly string[]>> = {
  inquiry: ['Customer found us at the Canton Fair. Wants a price for 3 container loads.'],
  quotation: ['Quote sent with 2 packing options. Follow up Friday if no answer.'],
  sample: ['Sample by DHL, tracking in comments. Customer to confirm colour by email.'],
  confirmed: ['PI signed. 30% deposit by T/T expected this week.'],
  procurement: ['Cartons with customer artwork; print proof approved.'],
  production: ['Production started. Daily photos from the factory in the group chat.'],
  inspection: ['Third-party inspection booked (SGS). Bring the approved sample.'],
  shipping: ['Forwarder: Ningbo Ocean Link. Container 1×40HQ. Cut-off Thursday 17:00.'],
  documents: ['Original B/L + CO Form E to be couriered to the bank.'],
  payment: ['Balance 70% against copy of B/L.'],
};
