/**
 * The card's notes with mentions shown as names, beneath the plain-text editor (which holds the
 * stored tokens). Follows the shared text live; hidden when the notes mention nobody.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { cardDescription, type CardId } from '@orderlane/shared';
import type * as Y from 'yjs';
import { MentionPreview } from './MentionPreview';

export function DescriptionPreview({ doc, cardId }: { doc: Y.Doc; cardId: CardId }) {
  const shared = useMemo(() => cardDescription(doc, cardId), [doc, cardId]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!shared) return () => {};
      shared.observe(onChange);
      return () => shared.unobserve(onChange);
    },
    [shared],
  );
  const text = useSyncExternalStore(subscribe, () => shared?.toString() ?? '');
  return <MentionPreview text={text} />;
}
