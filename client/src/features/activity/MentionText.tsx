/**
 * Stored text (comments, descriptions, notification excerpts) shown safely: mentions become name
 * chips, http(s) URLs become links that open in a new tab without access to this one, and
 * everything else is a React text node. No HTML is ever made from user text.
 */
import { useMemo } from 'react';
import { renderMentionSegments, type MentionLookup } from '@orderlane/shared';
import { useLocaleStore } from '../../store/localeStore';
import { useSessionStore } from '../../store/sessionStore';
import './activity.css';

/** Names of the workspace's members for `renderMentionSegments`, in the interface language. */
export function useMentionLookup(): MentionLookup {
  const members = useSessionStore((s) => s.members);
  const locale = useLocaleStore((s) => s.locale);
  return useMemo(() => {
    const names = new Map(members.map((m) => [m.id, m.name]));
    return { userName: (id: string) => names.get(id), locale };
  }, [members, locale]);
}

export function MentionText({ text, className }: { text: string; className?: string }) {
  const lookup = useMentionLookup();
  const segments = useMemo(() => renderMentionSegments(text, lookup), [text, lookup]);
  return (
    <span className={className}>
      {segments.map((segment, i) => {
        if (segment.type === 'text') return <span key={i}>{segment.text}</span>;
        if (segment.type === 'link') {
          return (
            <a key={i} href={segment.href} target="_blank" rel="noopener noreferrer">
              {segment.text}
            </a>
          );
        }
        return (
          <span
            key={i}
            className={`mention${segment.known ? '' : ' mention--unknown'}`}
            data-mention={segment.target.kind}
          >
            {segment.label}
          </span>
        );
      })}
    </span>
  );
}
