/**
 * The chips of a mention textarea: a layer behind the (transparent) textarea that lays out the
 * same display text in the same box, with each mention's name on a chip background. The text
 * itself stays the textarea's, so caret, selection, paste and IME input are the browser's own.
 */
import type { ReactNode, Ref } from 'react';
import type { DisplayText } from '../../ui/mentionDisplay';

export function MentionBackdrop({ view, ref }: { view: DisplayText; ref?: Ref<HTMLDivElement> }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of view.spans) {
    parts.push(view.display.slice(at, span.display));
    at = span.display + span.displayLength;
    parts.push(
      <mark key={span.display} className="mention-backdrop__chip">
        {view.display.slice(span.display, at)}
      </mark>,
    );
  }
  // A final newline needs a character after it to take up its line, as in the textarea.
  parts.push(`${view.display.slice(at)} `);
  return (
    <div ref={ref} className="mention-backdrop" aria-hidden="true">
      {parts}
    </div>
  );
}
