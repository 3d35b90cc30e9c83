import { describe, expect, it } from 'vitest';
import type { Column, ColumnId, Lane, LaneId } from '@orderlane/shared';
import { columnTitle, laneTitle } from './boardLabels';

const column = (title: string, stage?: Column['stage']): Column => ({
  id: 'c' as ColumnId,
  title,
  position: 'V',
  ...(stage ? { stage } : {}),
});

describe('stage and department names', () => {
  it('shows a stage in the UI language when its title is a default', () => {
    expect(columnTitle(column('Inquiry', 'inquiry'), 'zh')).toBe('询盘');
    expect(columnTitle(column('收汇', 'payment'), 'en')).toBe('Payment');
  });

  it('keeps a renamed column’s own title, and titles of columns without a stage', () => {
    expect(columnTitle(column('RFQ desk', 'inquiry'), 'zh')).toBe('RFQ desk');
    expect(columnTitle(column('Backlog'), 'zh')).toBe('Backlog');
  });

  it('localises department lanes the same way', () => {
    const lane: Lane = { id: 'l' as LaneId, title: 'QC', position: 'V', role: 'qc' };
    expect(laneTitle(lane, 'zh')).toBe('质检');
  });
});
