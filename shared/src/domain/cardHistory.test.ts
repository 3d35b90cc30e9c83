import { describe, expect, it } from 'vitest';
import type { ColumnId, LaneId } from './ids';
import { diffCardChange, type CardState } from './cardHistory';

const base: CardState = {
  columnId: 'c1' as ColumnId,
  laneId: 'l1' as LaneId,
  ownerId: null,
  dueDate: null,
  priority: 'normal',
  risks: [],
};

describe('diffCardChange', () => {
  it('reports creation with the starting column and lane, and deletion', () => {
    expect(diffCardChange(undefined, base)).toEqual([
      { type: 'created', from: null, to: 'c1', subject: 'l1' },
    ]);
    expect(diffCardChange(base, undefined)).toEqual([{ type: 'deleted', from: 'c1', to: null }]);
    expect(diffCardChange(undefined, undefined)).toEqual([]);
    expect(diffCardChange(undefined, { ...base, ownerId: 'u9' })).toEqual([
      { type: 'created', from: null, to: 'c1', subject: 'l1' },
      { type: 'owner', from: null, to: 'u9' },
    ]);
  });

  it('reports moves between stages and lanes with from and to', () => {
    const after = { ...base, columnId: 'c2' as ColumnId, laneId: 'l3' as LaneId };
    expect(diffCardChange(base, after)).toEqual([
      { type: 'stage', from: 'c1', to: 'c2' },
      { type: 'lane', from: 'l1', to: 'l3' },
    ]);
  });

  it('reports owner, due date and priority changes', () => {
    const after = { ...base, ownerId: 'u1', dueDate: '2026-12-01', priority: 'urgent' as const };
    expect(diffCardChange(base, after)).toEqual([
      { type: 'owner', from: null, to: 'u1' },
      { type: 'dueDate', from: null, to: '2026-12-01' },
      { type: 'priority', from: 'normal', to: 'urgent' },
    ]);
  });

  it('reports risks added, changed and removed by kind', () => {
    const before = {
      ...base,
      risks: [
        { kind: 'quality' as const, severity: 'low' },
        { kind: 'fx' as const, severity: 'high' },
      ],
    };
    const after = {
      ...base,
      risks: [
        { kind: 'quality' as const, severity: 'high' },
        { kind: 'logistics' as const, severity: 'medium' },
      ],
    };
    expect(diffCardChange(before, after)).toEqual([
      { type: 'riskChanged', from: 'low', to: 'high', subject: 'quality' },
      { type: 'riskAdded', from: null, to: 'medium', subject: 'logistics' },
      { type: 'riskRemoved', from: 'high', to: null, subject: 'fx' },
    ]);
  });

  it('reports nothing for changes history does not track (position, same values)', () => {
    expect(diffCardChange(base, { ...base })).toEqual([]);
    const dup = { ...base, risks: [{ kind: 'fx' as const, severity: 'low' }] };
    const reordered = {
      ...base,
      risks: [
        { kind: 'fx' as const, severity: 'low' },
        { kind: 'fx' as const, severity: 'low' },
      ],
    };
    expect(diffCardChange(dup, reordered)).toEqual([]);
  });
});

describe('diffCardChange: the blocked flag', () => {
  it('reports blocking and unblocking with the reason', () => {
    const blocked = { ...base, blocked: 'L/C amendment pending' };
    expect(diffCardChange(base, blocked)).toEqual([
      { type: 'blocked', from: null, to: 'L/C amendment pending' },
    ]);
    expect(diffCardChange(blocked, base)).toEqual([
      { type: 'unblocked', from: 'L/C amendment pending', to: null },
    ]);
  });

  it('reports a blocked card without a reason, and a changed reason as blocked again', () => {
    expect(diffCardChange(base, { ...base, blocked: '' })).toEqual([
      { type: 'blocked', from: null, to: '' },
    ]);
    expect(diffCardChange({ ...base, blocked: '' }, { ...base, blocked: 'artwork' })).toEqual([
      { type: 'blocked', from: '', to: 'artwork' },
    ]);
    expect(diffCardChange({ ...base, blocked: 'x' }, { ...base, blocked: 'x' })).toEqual([]);
  });

  it('treats a state without the key as not blocked, and reports a card created blocked', () => {
    expect(diffCardChange(base, { ...base, blocked: null })).toEqual([]);
    expect(diffCardChange(undefined, { ...base, blocked: 'artwork' })).toEqual([
      { type: 'created', from: null, to: 'c1', subject: 'l1' },
      { type: 'blocked', from: null, to: 'artwork' },
    ]);
  });
});
