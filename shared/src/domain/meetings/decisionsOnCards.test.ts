import { describe, expect, it } from 'vitest';
import { decisionsOnCards } from './decisionsOnCards';
import type { MinutesItem } from './minutes';

const item = (over: Partial<MinutesItem>): MinutesItem => ({
  id: 'i1',
  kind: 'card',
  title: 'Socks',
  discussed: true,
  notes: '',
  decision: '',
  card: { boardId: 'b1', cardId: 'c1', orderNo: 'NB-1', customer: 'Hanse', title: 'Socks' },
  ...over,
});

describe('decisionsOnCards', () => {
  it('gives one decision change per card item with a decision, dated by the meeting', () => {
    const items = [
      item({ decision: '  Ship by air ' }),
      item({ id: 'i2', decision: '' }),
      item({ id: 'i3', decision: 'Talk to the bank', card: null }),
    ];
    expect(decisionsOnCards({ date: '2026-11-23', items })).toEqual([
      {
        boardId: 'b1',
        cardId: 'c1',
        change: { type: 'decision', from: '2026-11-23', to: 'Ship by air' },
      },
    ]);
  });
});
