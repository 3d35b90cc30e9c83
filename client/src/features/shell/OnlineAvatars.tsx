/**
 * Who else in the workspace is online, as a row of avatars (the first few, then "+N"). Hidden
 * while this browser is disconnected: the list would be stale.
 */
import { useShallow } from 'zustand/shallow';
import { usePresenceStore } from '../../store/presenceStore';
import { useSessionStore } from '../../store/sessionStore';
import { useT } from '../../i18n';
import { Avatar } from '../../ui/Avatar';

const SHOWN = 5;

export function OnlineAvatars() {
  const t = useT();
  const myId = useSessionStore((s) => s.me?.user.id);
  const online = usePresenceStore(
    useShallow((s) => (s.connected ? s.online.filter((u) => u.userId !== myId) : [])),
  );
  if (online.length === 0) return null;
  const shown = online.slice(0, SHOWN);
  return (
    <div className="online-avatars" aria-label={t('shell.online', { count: online.length })}>
      {shown.map((u) => (
        <Avatar
          key={u.userId}
          userId={u.userId}
          name={u.name}
          size={28}
          title={t('shell.onlineNow')}
        />
      ))}
      {online.length > SHOWN && (
        <span className="online-avatars__more">+{online.length - SHOWN}</span>
      )}
    </div>
  );
}
