/** Avatars of the people on this board right now (from awareness), this person first. */
import { useT } from '../../i18n';
import { useBoardPresence } from '../../store/boardPresenceStore';
import { useSessionStore } from '../../store/sessionStore';
import { Avatar } from '../../ui/Avatar';

export function BoardPeers() {
  const t = useT();
  const me = useSessionStore((s) => s.me?.user);
  const peers = useBoardPresence((s) => s.peers);
  const people = new Map<string, string>();
  if (me) people.set(me.id, me.name);
  for (const peer of peers) people.set(peer.userId, peer.name);
  return (
    <div
      className="board-peers"
      data-testid="board-peers"
      data-count={people.size}
      aria-label={t('board.onBoard', { count: people.size })}
    >
      {[...people].map(([id, name]) => (
        <Avatar key={id} userId={id} name={name} size={26} />
      ))}
    </div>
  );
}
