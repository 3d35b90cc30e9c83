import { initials, memberColor } from './avatar';

interface AvatarProps {
  userId: string;
  name: string;
  /** Diameter in pixels. */
  size?: number;
  /** Extra text for the tooltip, e.g. "editing". */
  title?: string;
}

export function Avatar({ userId, name, size = 28, title }: AvatarProps) {
  const text = initials(name);
  return (
    <span
      className="avatar"
      role="img"
      aria-label={title ? `${name} · ${title}` : name}
      title={title ? `${name} · ${title}` : name}
      style={{
        width: size,
        height: size,
        background: memberColor(userId),
        fontSize: Math.max(10, Math.round(size * (text.length > 1 ? 0.38 : 0.45))),
      }}
    >
      {text}
    </span>
  );
}
