import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaMap, readMeta } from './boardDoc';
import { mirrorBoardRow, mirrorsBoardRow } from './boardRowMirror';
import { readSourceBoardIds } from './meetingDoc';

describe('mirrorBoardRow', () => {
  it("writes the row's title and linked boards into the document's meta", () => {
    const doc = new Y.Doc();
    mirrorBoardRow(doc, { title: 'Standup', sourceBoardIds: ['b1', 'b2'] });
    expect(readMeta(doc).title).toBe('Standup');
    expect(readSourceBoardIds(doc)).toEqual(['b1', 'b2']);
  });

  it('overwrites what a peer wrote, and writes nothing when the mirror already matches', () => {
    const doc = new Y.Doc();
    mirrorBoardRow(doc, { title: 'Q3 orders' });
    metaMap(doc).set('title', 'Retitled by a peer');
    mirrorBoardRow(doc, { title: 'Q3 orders' });
    expect(readMeta(doc).title).toBe('Q3 orders');
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    mirrorBoardRow(doc, { title: 'Q3 orders' });
    expect(updates).toHaveLength(0);
  });

  it('tells whether the meta already mirrors the row: only the given fields count', () => {
    const doc = new Y.Doc();
    mirrorBoardRow(doc, { title: 'Standup', sourceBoardIds: ['b1'] });
    expect(mirrorsBoardRow(doc, { title: 'Standup', sourceBoardIds: ['b1'] })).toBe(true);
    metaMap(doc).set('sourceBoardIds', ['b1', 'b9']);
    expect(mirrorsBoardRow(doc, { title: 'Standup' })).toBe(true);
    expect(mirrorsBoardRow(doc, { title: 'Standup', sourceBoardIds: ['b1'] })).toBe(false);
    metaMap(doc).delete('title');
    expect(mirrorsBoardRow(doc, { title: 'Standup' })).toBe(false);
  });
});
