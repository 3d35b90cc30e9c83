/**
 * The storage contract for meeting minutes and meeting runs (`storage.meetings`), run against
 * every Storage implementation in tests/support/storages.ts: minutes are stored once and never
 * overwritten; a run's attendance only grows; an older document's runs are adopted once.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingMinutesRecord, MeetingRunState, Storage } from '@orderlane/server';
import { idleClock, type MeetingRun, type Minutes } from '@orderlane/shared';
import { STORAGES, storagePerTest, type StorageUnderTest } from '../support/storages';

const T0 = 1_700_000_000_000;

function minutes(date: string, decision: string): Minutes {
  return {
    seriesTitle: 'Daily',
    cadence: 'daily',
    meetingId: `m-${date}`,
    date,
    startedAt: T0,
    endedAt: T0 + 60_000,
    facilitator: { id: 'u1', name: 'Mia' },
    attendees: [{ id: 'u1', name: 'Mia' }],
    items: [],
    notReached: 0,
    decisions: [{ itemId: 'i1', itemTitle: 'Socks', text: decision }],
    actionItems: [],
    carriedActionItems: [],
  };
}

async function seriesBoard(storage: Storage): Promise<string> {
  await storage.accounts.create({
    user: { id: 'u1', name: 'Mia', email: 'mia@example.test', passwordHash: 'x', createdAt: T0 },
    workspace: { id: 'w1', name: 'WS', createdAt: T0 },
    member: { workspaceId: 'w1', userId: 'u1', role: 'manager', access: 'admin', joinedAt: T0 },
  });
  await storage.boards.create(
    {
      id: 's1',
      workspaceId: 'w1',
      title: 'Daily',
      kind: 'meeting',
      cadence: 'daily',
      sourceBoardIds: [],
      archived: false,
      createdBy: 'u1',
      createdAt: T0,
      updatedAt: T0,
    },
    new Uint8Array([0, 0]),
  );
  return 's1';
}

const record = (boardId: string, date: string, decision: string): MeetingMinutesRecord => ({
  boardId,
  meetingId: `m-${date}`,
  workspaceId: 'w1',
  date,
  minutes: minutes(date, decision),
  frozenAt: T0 + 1,
});

function meetingsContract(factory: StorageUnderTest) {
  describe(`MeetingStorage contract: ${factory.name}`, () => {
    const { storage, reopenStorage } = storagePerTest(factory);

    it('freezes minutes once: a second write is refused and changes nothing', async () => {
      const boardId = await seriesBoard(storage);
      expect(
        await storage.meetings.freezeMinutes(record(boardId, '2026-11-23', 'Ship by air')),
      ).toBe(true);
      expect(
        await storage.meetings.freezeMinutes(record(boardId, '2026-11-23', 'Ship by sea')),
      ).toBe(false);
      const stored = await storage.meetings.getMinutes(boardId, 'm-2026-11-23');
      expect(stored?.minutes.decisions[0]!.text).toBe('Ship by air');
      expect(stored).toEqual(record(boardId, '2026-11-23', 'Ship by air'));
      expect(await storage.meetings.getMinutes(boardId, 'nope')).toBeUndefined();
    });

    it('lists a series newest first, and returns copies', async () => {
      const boardId = await seriesBoard(storage);
      await storage.meetings.freezeMinutes(record(boardId, '2026-11-21', 'a'));
      await storage.meetings.freezeMinutes(record(boardId, '2026-11-23', 'c'));
      await storage.meetings.freezeMinutes(record(boardId, '2026-11-22', 'b'));
      const list = await storage.meetings.listMinutes(boardId);
      expect(list.map((r) => r.date)).toEqual(['2026-11-23', '2026-11-22', '2026-11-21']);
      list[0]!.minutes.decisions[0]!.text = 'mutated';
      expect(
        (await storage.meetings.getMinutes(boardId, 'm-2026-11-23'))!.minutes.decisions[0]!.text,
      ).toBe('c');
      expect(await storage.meetings.listMinutes('other')).toEqual([]);
    });

    const run = (meetingId: string, status: MeetingRun['status']): MeetingRunState => ({
      meetingId,
      status,
      facilitatorId: 'u1',
      startedAt: status === 'planned' ? null : T0,
      endedAt: status === 'ended' ? T0 + 60_000 : null,
      clock: status === 'planned' ? null : { ...idleClock(meetingId), running: true, revision: 3 },
    });

    it('keeps a meeting run: state replaced whole, attendance appended once per person', async () => {
      const boardId = await seriesBoard(storage);
      expect(await storage.meetings.getRun(boardId, 'm1')).toBeUndefined();
      await storage.meetings.putRun(boardId, run('m1', 'planned'));
      await storage.meetings.putRun(boardId, run('m1', 'running'));
      expect(await storage.meetings.addAttendee(boardId, 'm1', 'u2', T0 + 2)).toBe(true);
      expect(await storage.meetings.addAttendee(boardId, 'm1', 'u1', T0 + 1)).toBe(true);
      expect(await storage.meetings.addAttendee(boardId, 'm1', 'u2', T0 + 9)).toBe(false);
      expect(await storage.meetings.getRun(boardId, 'm1')).toEqual({
        ...run('m1', 'running'),
        attendeeIds: ['u1', 'u2'],
      });
      await storage.meetings.putRun(boardId, run('m2', 'ended'));
      const listed = await storage.meetings.listRuns(boardId);
      expect(listed.map((r) => [r.meetingId, r.status, r.attendeeIds]).sort()).toEqual([
        ['m1', 'running', ['u1', 'u2']],
        ['m2', 'ended', []],
      ]);
      expect(await storage.meetings.listRuns('other')).toEqual([]);
    });

    it("adopts an older document's runs once, never over an existing run", async () => {
      const boardId = await seriesBoard(storage);
      await storage.meetings.putRun(boardId, run('m1', 'planned'));
      const legacy = [
        { ...run('m1', 'running'), attendees: [{ userId: 'u9', at: 1 }] },
        { ...run('m2', 'running'), attendees: [{ userId: 'u2', at: 1 }] },
      ];
      expect(await storage.meetings.adoptRuns(boardId, legacy, T0)).toBe(true);
      expect((await storage.meetings.getRun(boardId, 'm1'))?.status).toBe('planned');
      expect((await storage.meetings.getRun(boardId, 'm1'))?.attendeeIds).toEqual([]);
      expect((await storage.meetings.getRun(boardId, 'm2'))?.attendeeIds).toEqual(['u2']);
      const again = [{ ...run('m3', 'running'), attendees: [] }];
      expect(await storage.meetings.adoptRuns(boardId, again, T0)).toBe(false);
      expect(await storage.meetings.getRun(boardId, 'm3')).toBeUndefined();
    });

    if (factory.reopen) {
      it('keeps meeting runs across a restart', async () => {
        const boardId = await seriesBoard(storage);
        await storage.meetings.putRun(boardId, run('m1', 'running'));
        await storage.meetings.addAttendee(boardId, 'm1', 'u1', T0);
        await storage.meetings.adoptRuns(boardId, [], T0);
        await storage.close();
        await reopenStorage();
        expect(await storage.meetings.getRun(boardId, 'm1')).toEqual({
          ...run('m1', 'running'),
          attendeeIds: ['u1'],
        });
        expect(await storage.meetings.adoptRuns(boardId, [], T0)).toBe(false);
      });

      it('keeps frozen minutes across a restart', async () => {
        const boardId = await seriesBoard(storage);
        await storage.meetings.freezeMinutes(record(boardId, '2026-11-23', 'Ship by air'));
        await storage.close();
        await reopenStorage();
        expect(
          (await storage.meetings.getMinutes(boardId, 'm-2026-11-23'))?.minutes.decisions[0]!.text,
        ).toBe('Ship by air');
      });
    }
  });
}

for (const implementation of STORAGES) meetingsContract(implementation);
