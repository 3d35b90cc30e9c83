/** The list of people and departments under a textarea while `@…` is being typed. */
import type { MentionInput } from './useMentionInput';

interface MentionPopupProps {
  mention: MentionInput;
  /** Above the textarea when it sits at the bottom of a panel (the comment box). */
  above?: boolean;
}

export function MentionPopup({ mention, above }: MentionPopupProps) {
  if (mention.candidates.length === 0) return null;
  return (
    <ul
      className={`mention-popup${above ? ' mention-popup--above' : ''}`}
      role="listbox"
      id={mention.listId}
    >
      {mention.candidates.map((candidate, i) => (
        <li
          key={candidate.token}
          id={mention.optionId(i)}
          role="option"
          aria-selected={i === mention.active}
          className={`mention-popup__option${i === mention.active ? ' mention-popup__option--active' : ''}`}
          data-token={candidate.token}
          // mousedown, not click: the textarea keeps its focus and caret.
          onMouseDown={(event) => {
            event.preventDefault();
            mention.pick(candidate);
          }}
        >
          <span className={`mention-popup__label mention-popup__label--${candidate.target.kind}`}>
            @{candidate.label}
          </span>
          <span className="mention-popup__detail">{candidate.detail}</span>
        </li>
      ))}
    </ul>
  );
}
