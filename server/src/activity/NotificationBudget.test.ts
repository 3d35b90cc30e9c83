import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_BUDGET,
  NOTIFICATION_REPEAT_WINDOW_MS,
  NotificationBudget,
  type NotificationDraft,
} from './NotificationBudget';

function budgetAt(start = 1_000_000) {
  const clock = { t: start };
  return { clock, budget: new NotificationBudget(() => clock.t) };
}

const draft = (patch: Partial<NotificationDraft> = {}): NotificationDraft => ({
  actorId: 'a',
  userId: 'u',
  kind: 'assigned',
  subject: 'b/c1',
  ...patch,
});

describe('NotificationBudget', () => {
  it('drops a repeat within the window, and lets it through after', () => {
    const { clock, budget } = budgetAt();
    expect(budget.admit(draft())).toBe(true);
    expect(budget.admit(draft())).toBe(false);
    // Another kind, subject, recipient or actor is not a repeat.
    expect(budget.admit(draft({ kind: 'mention' }))).toBe(true);
    expect(budget.admit(draft({ subject: 'b/c2' }))).toBe(true);
    expect(budget.admit(draft({ userId: 'v' }))).toBe(true);
    expect(budget.admit(draft({ actorId: 'x' }))).toBe(true);
    clock.t += NOTIFICATION_REPEAT_WINDOW_MS - 1;
    expect(budget.admit(draft())).toBe(false);
    clock.t += 1;
    expect(budget.admit(draft())).toBe(true);
  });

  it('lets one actor tell one person a burst, then one per refill', () => {
    const { clock, budget } = budgetAt();
    const { capacity, refillMs } = NOTIFICATION_BUDGET;
    let admitted = 0;
    for (let i = 0; i < capacity * 3; i++)
      if (budget.admit(draft({ subject: `c${i}` }))) admitted++;
    expect(admitted).toBe(capacity);
    // The same actor still reaches someone else; another actor still reaches this person.
    expect(budget.admit(draft({ subject: 'x', userId: 'v' }))).toBe(true);
    expect(budget.admit(draft({ subject: 'x', actorId: 'b' }))).toBe(true);
    clock.t += refillMs;
    expect(budget.admit(draft({ subject: 'after1' }))).toBe(true);
    expect(budget.admit(draft({ subject: 'after2' }))).toBe(false);
  });

  it('has no bucket for changes nobody made, only the repeat rule', () => {
    const { budget } = budgetAt();
    const system = (subject: string) => draft({ actorId: null, subject });
    for (let i = 0; i < NOTIFICATION_BUDGET.capacity * 2; i++)
      expect(budget.admit(system(`c${i}`))).toBe(true);
    expect(budget.admit(system('c0'))).toBe(false);
  });
});
