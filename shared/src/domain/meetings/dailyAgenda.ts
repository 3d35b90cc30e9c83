/**
 * The daily standup's agenda (walk the board lane by lane or person by person — what
 * moved, what is due today, what is blocked or overdue).
 */
import { addDays, dueState } from '../dueDate';
import { isClosedStage } from '../stages';
import {
  ACTIONS_SECTION,
  type AgendaPlan,
  type AgendaReason,
  type AgendaSection,
} from './agendaPlan';
import type { AgendaSuggestion } from './agendaPlan';
import type { CarriedActionItem } from './carryOver';
import { actionSuggestions } from './actionSuggestions';
import type { AgendaGrouping, CardEvent } from './meetingTypes';
import { boardCards, cardKey, type BoardCard, type SourceBoard } from './sourceBoard';

export interface DailyAgendaInput {
  boards: readonly SourceBoard[];
  /** The team's day, YYYY-MM-DD. */
  today: string;
  /** When the previous standup of the series started; null for the first one. */
  since: number | null;
  groupBy: AgendaGrouping;
  carried: readonly CarriedActionItem[];
  /** Card history, when the server has it: real moves instead of "changed". */
  events?: readonly CardEvent[];
}

/** Most urgent first: the order items come up within a lane. */
const REASON_RANK: AgendaReason[] = [
  // Blocked first: a card nobody can move needs the room's help, not just a reminder.
  'blocked',
  'overdue',
  // Carried action items come up with their card or owner, right after what is late.
  'carried',
  'flagged',
  'dueToday',
  'dueTomorrow',
  'moved',
  'changed',
];

/** The section a card belongs to in a daily standup (lane of its board, or its owner). */
export function dailySectionKey(entry: BoardCard, groupBy: AgendaGrouping): string {
  if (groupBy === 'owner') return `owner:${entry.card.ownerId ?? ''}`;
  return entry.lane ? `lane:${entry.boardId}:${entry.lane.id}` : `unsorted:${entry.boardId}`;
}

/** Why a card comes up today, most urgent first; empty = it does not. */
function dailyReasons(
  entry: BoardCard,
  today: string,
  since: number | null,
  movedCardKeys: ReadonlySet<string> | null,
): AgendaReason[] {
  const reasons: AgendaReason[] = [];
  const { card } = entry;
  const done = isClosedStage(entry.stage);
  const due = dueState(card.dueDate, today, { done, soonDays: 1 });
  if (due === 'overdue') reasons.push('overdue');
  else if (due === 'today') reasons.push('dueToday');
  else if (due === 'soon' && card.dueDate === addDays(today, 1)) reasons.push('dueTomorrow');
  if (!done && card.blocked !== null) reasons.push('blocked');
  if (!done && card.risks.length > 0) reasons.push('flagged');
  if (since !== null) {
    if (movedCardKeys) {
      if (movedCardKeys.has(cardKey(entry.boardId, card.id))) reasons.push('moved');
    } else if (card.updatedAt > since) reasons.push('changed');
  }
  // Most urgent first: the first reason ranks the card within its section.
  return reasons.sort((a, b) => REASON_RANK.indexOf(a) - REASON_RANK.indexOf(b));
}

function laneSections(boards: readonly SourceBoard[]): AgendaSection[] {
  const sections: AgendaSection[] = [];
  for (const board of boards) {
    for (const lane of board.lanes) {
      sections.push({
        key: `lane:${board.id}:${lane.id}`,
        kind: 'lane',
        title: lane.title,
        boardId: board.id,
        laneId: lane.id,
        ...(lane.role ? { role: lane.role } : {}),
      });
    }
  }
  return sections;
}

export function dailyAgenda(input: DailyAgendaInput): AgendaPlan {
  const { today, since, groupBy } = input;
  let movedCardKeys: Set<string> | null = null;
  if (input.events && since !== null) {
    movedCardKeys = new Set(
      input.events
        .filter((e) => e.kind === 'moved' && e.at > since)
        .map((e) => cardKey(e.boardId, e.cardId)),
    );
  }
  const picked: {
    dueDate: string | null;
    ownerId: string;
    inLane: boolean;
    boardId: string;
    suggestion: AgendaSuggestion;
    rank: number;
  }[] = [];
  for (const entry of boardCards(input.boards)) {
    const reasons = dailyReasons(entry, today, since, movedCardKeys);
    if (reasons.length === 0) continue;
    picked.push({
      dueDate: entry.card.dueDate,
      ownerId: entry.card.ownerId ?? '',
      inLane: !!entry.lane,
      boardId: entry.boardId,
      rank: REASON_RANK.indexOf(reasons[0]!),
      suggestion: {
        key: cardKey(entry.boardId, entry.card.id),
        sectionKey: dailySectionKey(entry, groupBy),
        kind: 'card',
        title: entry.card.title,
        reasons,
        boardId: entry.boardId,
        cardId: entry.card.id,
      },
    });
  }
  const cardsByKey = new Map(
    boardCards(input.boards).map((c) => [cardKey(c.boardId, c.card.id), c]),
  );
  const actions: AgendaSuggestion[] = [];
  for (const suggestion of actionSuggestions(input.carried)) {
    const item = input.carried.find((a) => `action:${a.id}` === suggestion.key)!;
    const card =
      item.boardId && item.cardId ? cardsByKey.get(cardKey(item.boardId, item.cardId)) : undefined;
    const sectionKey =
      groupBy === 'owner'
        ? `owner:${item.ownerId ?? ''}`
        : card
          ? dailySectionKey(card, 'lane')
          : ACTIONS_SECTION.key;
    if (sectionKey === ACTIONS_SECTION.key) {
      actions.push(suggestion);
      continue;
    }
    picked.push({
      dueDate: item.dueDate,
      ownerId: item.ownerId ?? '',
      inLane: !!card?.lane,
      boardId: card?.boardId ?? '',
      rank: REASON_RANK.indexOf('carried'),
      suggestion: { ...suggestion, sectionKey },
    });
  }
  picked.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.suggestion.key.localeCompare(b.suggestion.key),
  );
  let sections: AgendaSection[];
  if (groupBy === 'lane') {
    sections = laneSections(input.boards);
    const unsortedBoards = new Set(
      picked.filter((p) => !p.inLane && p.boardId).map((p) => p.boardId),
    );
    for (const board of input.boards) {
      if (unsortedBoards.has(board.id))
        sections.push({
          key: `unsorted:${board.id}`,
          kind: 'unsorted',
          title: '',
          boardId: board.id,
        });
    }
  } else {
    const owners = [...new Set(picked.map((p) => p.ownerId))];
    // Named owners in a stable order, the cards nobody owns last (they need an owner first).
    owners.sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
    sections = owners.map((ownerId) => ({
      key: `owner:${ownerId}`,
      kind: 'owner',
      title: '',
      ownerId: ownerId || null,
    }));
  }
  if (actions.length > 0) sections.push(ACTIONS_SECTION);
  const caveats: AgendaPlan['caveats'] =
    since !== null && !input.events ? ['movesApproximate'] : [];
  return {
    cadence: 'daily',
    sections,
    suggestions: [...picked.map((p) => p.suggestion), ...actions],
    figures: {},
    caveats,
  };
}
