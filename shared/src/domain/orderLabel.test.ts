import { describe, expect, it } from 'vitest';
import { orderLabel } from './orderLabel';

describe('orderLabel', () => {
  const full = { orderNo: 'NB-2026-0568', customer: 'Hanse Home GmbH', title: 'LED street light' };

  it('puts order number and customer first, title after', () => {
    expect(orderLabel(full)).toBe('NB-2026-0568 · Hanse Home GmbH — LED street light');
  });

  it('leaves out a missing order number', () => {
    expect(orderLabel({ ...full, orderNo: '' })).toBe('Hanse Home GmbH — LED street light');
    expect(orderLabel({ ...full, orderNo: null })).toBe('Hanse Home GmbH — LED street light');
  });

  it('leaves out a missing customer', () => {
    expect(orderLabel({ ...full, customer: '  ' })).toBe('NB-2026-0568 — LED street light');
  });

  it('names an order without a title by its number and customer', () => {
    expect(orderLabel({ ...full, title: '' })).toBe('NB-2026-0568 · Hanse Home GmbH');
    expect(orderLabel({ orderNo: 'NB-2026-0568' })).toBe('NB-2026-0568');
  });

  it('falls back to the title alone, or nothing', () => {
    expect(orderLabel({ title: 'LED street light' })).toBe('LED street light');
    expect(orderLabel({})).toBe('');
  });
});
