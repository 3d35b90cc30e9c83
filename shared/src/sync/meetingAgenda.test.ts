import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addActionItem,
  addAgendaItem,
  addMeeting,
  agendaItemNotes,
  listActionItems,
  listAgendaItems,
  listMeetings,
  materializeAgenda,
  updateActionItem,
} from './meetingDoc';
import { withRuns, type MeetingRun } from '../domain/meetings/meetingRun';
import { agendaItemIdFor, agendaOrder, computeAgenda } from '../domain/meetings/agenda';
import { moveAgendaItem } from './meetingCommands';
import { orderBoard } from '../domain/meetings/testFixtures';

const TODAY = '2026-11-23';

function setup() {
  const board = orderBoard('b1');
  const overdue = board.add('production', 'production', {
    title: 'late socks',
    dueDate: '2026-11-20',
  });
  const flagged = board.add('inspection', 'qc', {
    title: 'flagged',
    risks: [{ kind: 'quality', severity: 'high', note: '' }],
  });
  const series = new Y.Doc();
  addMeeting(series, { id: 'm1', date: TODAY, createdBy: 'u1' }, 1000);
  // The runs as the server holds them (status and times are never the document's).
  const runs = new Map<string, MeetingRun>();
  const end = (startedAt: number | null, endedAt: number | null) =>
    runs.set('m1', {
      meetingId: 'm1',
      status: 'ended',
      facilitatorId: 'u1',
      startedAt,
      endedAt,
      attendeeIds: [],
      clock: null,
    });
  const agenda = (includeSuggestions?: boolean) =>
    computeAgenda({
      cadence: 'daily',
      boards: [board.plain()],
      today: TODAY,
      now: 2000,
      meetings: withRuns(listMeetings(series), runs),
      meetingId: 'm1',
      actionItems: listActionItems(series),
      stored: listAgendaItems(series, 'm1'),
      ...(includeSuggestions !== undefined ? { includeSuggestions } : {}),
    })!;
  return { board, series, agenda, overdue, flagged, runs, end };
}

describe('computeAgenda', () => {
  it('offers live suggestions with stable ids, and keeps them once written', () => {
    const { series, agenda, overdue, flagged } = setup();
    const before = agenda();
    expect(before.items.map((i) => [i.card?.cardId, i.stored])).toEqual([
      [overdue, false],
      [flagged, false],
    ]);
    expect(before.items[0]!.id).toBe(agendaItemIdFor('m1', `card:b1:${overdue}`));
    expect(materializeAgenda(series, before, 'u1', 3000)).toBe(2);
    expect(materializeAgenda(series, agenda(), 'u1', 3000)).toBe(0);
    const after = agenda();
    expect(after.items.map((i) => [i.id, i.stored, i.position])).toEqual(
      before.items.map((i) => [i.id, true, i.position]),
    );
    expect(agendaOrder(after)).toEqual(before.items.map((i) => i.id));
  });

  it("shows a card's current state and lane after it moved, with its notes kept", () => {
    const { board, series, agenda, overdue } = setup();
    materializeAgenda(series, agenda(), 'u1', 3000);
    const itemId = agendaItemIdFor('m1', `card:b1:${overdue}`);
    agendaItemNotes(series, itemId)!.insert(0, 'chase the factory');
    board.move(overdue, 'inspection', 'qc');
    const item = agenda().items.find((i) => i.id === itemId)!;
    expect(item.sectionKey).toBe(`lane:b1:${board.lane('qc')}`);
    expect(item.card).toMatchObject({ stage: 'inspection', laneRole: 'qc', exists: true });
    expect(item.notes).toBe('chase the factory');
    expect(item.reasons).toEqual(['overdue']);
  });

  it("keeps a person's own item and an item whose card was deleted", () => {
    const { board, series, agenda, flagged } = setup();
    materializeAgenda(series, agenda(), 'u1', 3000);
    addAgendaItem(
      series,
      { id: 'own', meetingId: 'm1', title: 'Holiday plan', position: 'V' },
      3000,
    );
    board.removeCard(flagged);
    const view = agenda();
    expect(view.items.at(-1)).toMatchObject({ id: 'own', source: 'person', sectionKey: 'topics' });
    expect(view.sections.at(-1)!.key).toBe('topics');
    expect(view.items.find((i) => i.card?.cardId === flagged)!.card!.exists).toBe(false);
  });

  it('brings open action items of the previous standup back, counted, and not done ones', () => {
    const { series, agenda, runs, end } = setup();
    end(1000, 1500);
    addActionItem(
      series,
      { id: 'open', title: 'Book space', position: 'V', createdInMeetingId: 'm1' },
      1200,
    );
    addActionItem(
      series,
      { id: 'done', title: 'Send PI', position: 'k', createdInMeetingId: 'm1' },
      1200,
    );
    updateActionItem(series, 'done', { done: true }, 1300);
    addMeeting(series, { id: 'm2', date: '2026-11-24', createdBy: 'u1' }, 1600);
    const next = computeAgenda({
      cadence: 'daily',
      boards: [],
      today: '2026-11-24',
      now: 5000,
      meetings: withRuns(listMeetings(series), runs),
      meetingId: 'm2',
      actionItems: listActionItems(series),
      stored: [],
    })!;
    expect(next.items.map((i) => [i.kind, i.actionItem?.id, i.actionItem?.carriedCount])).toEqual([
      ['action', 'open', 1],
    ]);
    void agenda;
  });

  it('adds no new suggestions to an ended meeting', () => {
    const { agenda, end } = setup();
    end(null, null);
    expect(agenda().items).toEqual([]);
    expect(agenda(true).items).toHaveLength(2);
  });
});

describe('moveAgendaItem', () => {
  it('reorders within a section and keeps the order after recomputation', () => {
    const { board, series, agenda } = setup();
    const third = board.add('production', 'production', { title: 'third', dueDate: '2026-11-23' });
    const view = agenda();
    const production = view.items.filter(
      (i) => i.sectionKey === `lane:b1:${board.lane('production')}`,
    );
    expect(production.map((i) => i.card!.cardId)).toEqual([production[0]!.card!.cardId, third]);
    expect(
      moveAgendaItem(
        series,
        view,
        production[1]!.id,
        { beforeId: production[0]!.id },
        'u1',
        Math.random,
        5,
      ),
    ).toBe(true);
    const after = agenda().items.filter((i) => i.sectionKey === production[0]!.sectionKey);
    expect(after.map((i) => i.id)).toEqual([production[1]!.id, production[0]!.id]);
    expect(after.every((i) => i.stored)).toBe(true);
    expect(moveAgendaItem(series, view, 'nope', {}, 'u1', Math.random, 5)).toBe(false);
  });

  it('keeps the named side of a neighbour whose position ties with another', () => {
    const { series, agenda } = setup();
    for (const id of ['t1', 't2', 't3'])
      addAgendaItem(series, { id, meetingId: 'm1', title: id, position: 'V' }, 3000);
    const topics = () =>
      agenda()
        .items.filter((i) => i.sectionKey === 'topics')
        .map((i) => i.id);
    expect(topics()).toEqual(['t1', 't2', 't3']);
    // Before t2: below the tied key, so before t1 too; after t2: above it, so after t3 too.
    moveAgendaItem(series, agenda(), 't3', { beforeId: 't2' }, 'u1', Math.random, 5);
    expect(topics()).toEqual(['t3', 't1', 't2']);
    moveAgendaItem(series, agenda(), 't3', { afterId: 't1' }, 'u1', Math.random, 5);
    expect(topics()).toEqual(['t1', 't2', 't3']);
  });
});
