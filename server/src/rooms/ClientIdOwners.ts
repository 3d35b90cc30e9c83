/**
 * Who may write under which Yjs client id in one room. Yjs trusts the client id an update names,
 * so without this a member could
 * - write under a colleague's client id at the colleague's next clock: the colleague's own edit
 *   at that clock then counts as already had, is acknowledged, and is lost;
 * - delete clocks of a colleague's client id that do not exist yet: Yjs keeps such a deletion
 *   pending and applies it to every later edit of that colleague as it arrives, for good.
 * A client id belongs to the first member who announces it in awareness or writes under it
 * (y-websocket announces its id as it connects, before anyone else can learn it). Nobody else may
 * write under it, nor delete past what exists of it. Deleting a colleague's existing items is of
 * course fine: that is how a card is removed.
 *
 * The ids a member writes under are stored with the updates (`Storage.documents.append`), so the
 * binding outlives the room; an id only announced in awareness is bound while the room is loaded.
 */
import * as Y from 'yjs';
import type { ClientWriter } from '../persistence/DocumentLog';
import type { UpdateSummary } from './validateUpdate';

/** The owner of the room's own client id: the server's changes to the document. */
const SERVER_WRITER = '(server)';

class ClientIdRefused extends Error {}

export class ClientIdOwners {
  private readonly owners = new Map<number, string>();
  /** Per client id, the clock past the last struct accepted so far (stored or still queued). */
  private readonly accepted = new Map<number, number>();
  /** Ids whose writer is stored, or queued to be stored with the next append. */
  private readonly stored = new Set<number>();
  private unsaved: ClientWriter[] = [];

  constructor(private readonly doc: Y.Doc) {
    this.owners.set(doc.clientID, SERVER_WRITER);
  }

  /** The writers stored with the document, as the room loads it. */
  restore(writers: readonly ClientWriter[]): void {
    for (const { clientId, userId } of writers) {
      this.owners.set(clientId, userId);
      this.stored.add(clientId);
    }
  }

  /** The new writers to store with the next append; `unstored` hands them back if it failed. */
  takeUnsaved(): ClientWriter[] {
    const taken = this.unsaved;
    this.unsaved = [];
    return taken;
  }

  unstored(writers: readonly ClientWriter[]): void {
    this.unsaved.push(...writers);
  }

  /** Binds `clientId` to `userId` unless another member holds it; whether `userId` holds it. */
  claim(clientId: number, userId: string): boolean {
    const owner = this.owners.get(clientId);
    if (owner === undefined) this.owners.set(clientId, userId);
    return owner === undefined || owner === userId;
  }

  /**
   * Admits a member's update (binding the client ids it writes new clocks under), or throws
   * `ClientIdRefused` and binds nothing. Structs of clocks the room already has are harmless
   * under any id (Yjs skips them): honest clients resend them, e.g. y-indexeddb's restore of a
   * board, which the provider relays like any local change.
   */
  admit(userId: string, update: UpdateSummary): void {
    const written = [...update.ends].filter(([clientId, end]) => end > this.known(clientId));
    for (const [clientId] of written) {
      const owner = this.owners.get(clientId);
      if (owner !== undefined && owner !== userId)
        throw new ClientIdRefused(`client id ${clientId} is another writer's`);
    }
    const writes = new Map(written);
    for (const [clientId, end] of update.deleteEnds) {
      if (end <= Math.max(this.known(clientId), writes.get(clientId) ?? 0)) continue;
      // Only its own writer may be ahead of the room (its items are on their way).
      const owner = this.owners.get(clientId) ?? (writes.has(clientId) ? userId : undefined);
      if (owner !== userId)
        throw new ClientIdRefused(`deletes clocks of client id ${clientId} that do not exist`);
    }
    for (const [clientId, end] of written) {
      this.owners.set(clientId, userId);
      if (!this.stored.has(clientId)) {
        this.stored.add(clientId);
        this.unsaved.push({ clientId, userId });
      }
      this.accepted.set(clientId, end);
    }
  }

  /** What exists of a client id: in the document, or accepted and on its way there. */
  private known(clientId: number): number {
    return Math.max(Y.getState(this.doc.store, clientId), this.accepted.get(clientId) ?? 0);
  }
}
