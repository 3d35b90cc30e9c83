/**
 * Serialises the changes to one meeting: two facilitator clicks (or a click and the end) never
 * interleave their reads and writes of the meeting's run. The clock itself lives in the run's
 * SQL record (MeetingRuns), so a restarted server carries on from it.
 */
export class MeetingClocks {
  private readonly queues = new Map<string, Promise<unknown>>();

  /** Runs `task` after every earlier task of the same meeting has finished. */
  serialise<T>(boardId: string, meetingId: string, task: () => Promise<T>): Promise<T> {
    const key = `${boardId}/${meetingId}`;
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return run;
  }
}
