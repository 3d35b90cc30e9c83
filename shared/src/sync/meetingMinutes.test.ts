import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoardDoc } from './orderBoardTemplate';
import {
  addActionItem,
  addAgendaItem,
  addMeeting,
  agendaItemDecision,
  initMeetingSeries,
  setAgendaItemText,
  updateAgendaItem,
  listMeetings,
} from './meetingDoc';
import { withRuns } from '../domain/meetings/meetingRun';
import { minutesToMarkdown } from '../domain/meetings/minutes';
import { buildMinutes } from './meetingMinutes';

/** The meeting's run as the server holds it (status, times, facilitator, attendance). */
const meetingsOf = (doc: Y.Doc) =>
  withRuns(
    listMeetings(doc),
    new Map([
      [
        'm1',
        {
          meetingId: 'm1',
          status: 'ended' as const,
          facilitatorId: 'u1',
          startedAt: 10,
          endedAt: 20,
          attendeeIds: ['u1', 'u2'],
          clock: null,
        },
      ],
    ]),
  );

function series() {
  const doc = new Y.Doc();
  initBoardDoc(doc, { title: 'Standup', kind: 'meeting', cadence: 'daily', newId: () => 'x' });
  initMeetingSeries(doc, { sourceBoardIds: ['b1'], facilitatorId: 'u1' });
  addMeeting(doc, { id: 'm1', date: '2026-11-23', createdBy: 'u1' }, 1);
  addAgendaItem(
    doc,
    {
      id: 'i1',
      meetingId: 'm1',
      title: 'Card',
      position: 'V',
      boardId: 'b1',
      cardId: 'c1',
      kind: 'card',
    },
    1,
  );
  addAgendaItem(doc, { id: 'i2', meetingId: 'm1', title: 'Skipped', position: 'k' }, 1);
  updateAgendaItem(doc, 'i1', { discussed: true });
  setAgendaItemText(doc, 'i1', 'notes', 'Factory says Friday\nQC on Monday');
  agendaItemDecision(doc, 'i1')!.insert(0, 'Ship by air');
  addActionItem(
    doc,
    {
      id: 'a1',
      title: 'Book air freight',
      position: 'V',
      ownerId: 'u2',
      dueDate: '2026-11-25',
      createdInMeetingId: 'm1',
      boardId: 'b1',
      cardId: 'c1',
    },
    15,
  );
  return doc;
}

describe('minutes', () => {
  it('freezes attendees, discussed items, decisions and action items with owners', () => {
    const doc = series();
    const minutes = buildMinutes(
      doc,
      'm1',
      [
        { id: 'u1', name: 'Li Wei' },
        { id: 'u2', name: 'Amy' },
      ],
      {
        meetings: meetingsOf(doc),
        card: () => ({ orderNo: 'NB-1', customer: 'Hanse Home', title: 'Socks 2000 pairs' }),
      },
    )!;
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Li Wei', 'Amy']);
    expect(minutes.facilitator).toEqual({ id: 'u1', name: 'Li Wei' });
    expect(minutes.items.map((i) => i.title)).toEqual(['Socks 2000 pairs']);
    expect(minutes.notReached).toBe(1);
    expect(minutes.decisions).toEqual([
      { itemId: 'i1', itemTitle: 'NB-1 · Hanse Home — Socks 2000 pairs', text: 'Ship by air' },
    ]);
    expect(minutes.actionItems).toMatchObject([
      { title: 'Book air freight', owner: { name: 'Amy' }, dueDate: '2026-11-25' },
    ]);
    expect(minutesToMarkdown(minutes, 'en')).toContain('### NB-1 · Hanse Home — Socks 2000 pairs');
    expect(JSON.parse(JSON.stringify(minutes))).toEqual(minutes);
  });

  it('exports Markdown in English and Chinese', () => {
    const doc = series();
    const minutes = buildMinutes(doc, 'm1', [{ id: 'u2', name: 'Amy' }], {
      meetings: meetingsOf(doc),
    })!;
    const en = minutesToMarkdown(minutes, 'en');
    expect(en).toContain('# Standup — 2026-11-23');
    expect(en).toContain('**Decision:** Ship by air');
    expect(en).toContain('- [ ] Book air freight — Owner: Amy; Due: 2026-11-25');
    expect(en).toContain('> Factory says Friday\n> QC on Monday');
    const zh = minutesToMarkdown(minutes, 'zh');
    expect(zh).toContain('## 行动项');
    expect(zh).toContain('负责人: Amy');
  });

  it('returns null for an unknown meeting', () => {
    expect(buildMinutes(series(), 'nope', [])).toBeNull();
  });
});
