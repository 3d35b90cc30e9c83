/** The parts that name an order wherever it appears. Empty strings count as missing. */
export interface OrderLabelParts {
  orderNo?: string | null;
  customer?: string | null;
  title?: string | null;
}

/**
 * How an order is named everywhere: order number and customer first, the title after.
 * `NB-2026-0568 · Hanse Home GmbH — LED street light`; missing parts are left out with
 * their separators. Returns '' when every part is missing, so callers can fall back.
 */
export function orderLabel({ orderNo, customer, title }: OrderLabelParts): string {
  const head = [orderNo, customer]
    .map((part) => part?.trim() ?? '')
    .filter(Boolean)
    .join(' · ');
  const tail = title?.trim() ?? '';
  return [head, tail].filter(Boolean).join(' — ');
}
