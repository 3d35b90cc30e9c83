/** Carried action items as agenda suggestions: every cadence ends its agenda with them. */
import { ACTIONS_SECTION, PDCA_SECTION, type AgendaSuggestion } from './agendaPlan';
import type { CarriedActionItem } from './carryOver';

export function actionSuggestions(
  carried: readonly CarriedActionItem[],
  options: { pdcaSeparately?: boolean } = {},
): AgendaSuggestion[] {
  return carried.map((item) => {
    const pdca = options.pdcaSeparately && item.pdcaPhase !== null;
    return {
      key: `action:${item.id}`,
      sectionKey: pdca ? PDCA_SECTION.key : ACTIONS_SECTION.key,
      kind: 'action',
      title: item.title,
      reasons: [pdca ? 'pdca' : 'carried'],
      actionItemId: item.id,
      ...(item.boardId && item.cardId ? { boardId: item.boardId, cardId: item.cardId } : {}),
    };
  });
}
