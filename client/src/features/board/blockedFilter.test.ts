import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CARD_FIELDS,
  type Card,
  type CardId,
  type ColumnId,
  type LaneId,
} from '@orderlane/shared';
import { cardMatches } from './boardGrid';
import { hasFilters, parseView, writeView } from './boardView';

const card = (blocked: string | null): Card => ({
  ...DEFAULT_CARD_FIELDS,
  id: 'c1' as CardId,
  columnId: 'col' as ColumnId,
  laneId: 'lane' as LaneId,
  position: 'V',
  createdAt: 0,
  createdBy: null,
  updatedAt: 0,
  blocked,
});

describe('the Blocked filter', () => {
  it('keeps only blocked cards, with or without a reason', () => {
    const view = parseView(new URLSearchParams('blocked=1'));
    expect(cardMatches(card(null), view, '2026-11-23', false)).toBe(false);
    expect(cardMatches(card(''), view, '2026-11-23', false)).toBe(true);
    expect(cardMatches(card('L/C amendment pending'), view, '2026-11-23', false)).toBe(true);
    const all = parseView(new URLSearchParams());
    expect(cardMatches(card(null), all, '2026-11-23', false)).toBe(true);
  });

  it('lives in the URL like the other filters and counts as a filter', () => {
    const view = { ...parseView(new URLSearchParams('group=owner')), blocked: true };
    const params = writeView(new URLSearchParams(), view);
    expect(params.get('blocked')).toBe('1');
    expect(parseView(params).blocked).toBe(true);
    expect(hasFilters(view)).toBe(true);
    expect(writeView(params, { ...view, blocked: false }).has('blocked')).toBe(false);
  });
});
