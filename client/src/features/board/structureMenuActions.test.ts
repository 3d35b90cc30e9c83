import { describe, expect, it } from 'vitest';
import { listColumns, listLanes } from '@orderlane/shared';
import { orderBoardWithActions } from '../../sync/testing/boardDocs';
import * as menu from './structureMenuActions';

const setup = orderBoardWithActions;

describe('structure menu actions', () => {
  it('are each one step of the board’s undo', () => {
    const { doc, actions, columns, lanes } = setup();
    const column = { kind: 'column' as const, id: columns[1]!.id };
    expect(menu.renameTarget(actions, { kind: 'lane', id: lanes[0]!.id }, 'Export sales')).toBe(
      true,
    );
    actions.undoManager.stopCapturing();
    expect(menu.setWipLimit(actions, column.id, 4)).toBe(true);
    actions.undoManager.stopCapturing();
    expect(menu.moveTarget(actions, column, 1)).toBe(true);
    actions.undoManager.stopCapturing();
    expect(listColumns(doc)[2]!.id).toBe(column.id);
    actions.undo();
    expect(listColumns(doc)[1]!.id).toBe(column.id);
    expect(listColumns(doc)[1]!.wipLimit).toBe(4);
    actions.undo();
    expect(listColumns(doc)[1]!.wipLimit).toBeUndefined();
    actions.undo();
    expect(listLanes(doc)[0]!.title).toBe(lanes[0]!.title);
    actions.redo();
    expect(listLanes(doc)[0]!.title).toBe('Export sales');
  });

  it('removes a column and puts it back for the undo toast; adds one after another', () => {
    const { doc, actions, columns } = setup();
    const restore = menu.removeTarget(actions, { kind: 'column', id: columns[0]!.id })!;
    expect(listColumns(doc).map((c) => c.id)).not.toContain(columns[0]!.id);
    restore();
    expect(listColumns(doc)[0]).toEqual(columns[0]);
    const id = menu.addAfter(actions, { kind: 'column', id: columns[0]!.id }, 'Sampling');
    expect(listColumns(doc)[1]).toMatchObject({ id, title: 'Sampling' });
  });
});
