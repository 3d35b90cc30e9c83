import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LANE_ROLE_KEYS, ROLES } from '../domain/roles';
import { STAGE_KEYS, STAGES } from '../domain/stages';
import { cardsMap, listColumns, listLanes, readMeta } from './boardDoc';
import { initBoardDoc } from './orderBoardTemplate';

function counter() {
  let n = 0;
  return () => `id${n++}`;
}

describe('initBoardDoc', () => {
  it('writes the 11 stages as columns in order, in English', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc, { title: 'Export orders', kind: 'orders', newId: counter() });
    const columns = listColumns(doc);
    expect(columns.map((c) => c.stage)).toEqual(STAGE_KEYS);
    expect(columns.map((c) => c.title)).toEqual(STAGES.map((s) => s.en));
    expect(columns[0]!.slaHours).toBe(24);
    expect(new Set(columns.map((c) => c.position)).size).toBe(11);
    expect(readMeta(doc)).toEqual({ title: 'Export orders', kind: 'orders' });
    expect(cardsMap(doc).size).toBe(0);
  });

  it('writes Chinese titles for the zh locale', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc, { title: '出口订单', kind: 'orders', locale: 'zh', newId: counter() });
    const titles = listColumns(doc).map((c) => c.title);
    expect(titles[0]).toBe('询盘');
    expect(titles[9]).toBe('收汇');
    expect(titles).toEqual(STAGES.map((s) => s.zh));
    expect(listLanes(doc)[0]!.title).toBe('业务');
  });

  it('writes the 8 department lanes in order, without a manager lane', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc, { title: 'Export orders', kind: 'orders', newId: counter() });
    const lanes = listLanes(doc);
    expect(lanes.map((l) => l.role)).toEqual(LANE_ROLE_KEYS);
    expect(lanes.map((l) => l.title)).toEqual(ROLES.filter((r) => r.lane).map((r) => r.en));
    const ids = [...listColumns(doc), ...lanes].map((x) => x.id);
    expect(new Set(ids).size).toBe(19);
  });

  it('writes everything in one transaction', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    initBoardDoc(doc, { title: 'Export orders', kind: 'orders', newId: counter() });
    expect(updates).toBe(1);
  });

  it('gives a meeting board its meta and no stage columns', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc, { title: 'Standup', kind: 'meeting', cadence: 'daily', newId: counter() });
    expect(readMeta(doc)).toEqual({ title: 'Standup', kind: 'meeting', cadence: 'daily' });
    expect(listColumns(doc)).toEqual([]);
    expect(listLanes(doc)).toEqual([]);
  });
});
