/** A card on the board: draggable (mouse, touch, keyboard), opens its detail panel on click. */
import { memo, type KeyboardEvent } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { selectCard, useBoard } from '../../store/boardStore';
import { useT } from '../../i18n';
import { useBoardContext } from './BoardContext';
import { CardFace } from './CardFace';

interface OrderCardProps {
  cardId: string;
  /** The card's index in its cell (for the drop indicator). */
  index: number;
  done: boolean;
}

export const OrderCard = memo(function OrderCard({ cardId, index, done }: OrderCardProps) {
  const t = useT();
  const card = useBoard(selectCard(cardId));
  const { setView, canWrite } = useBoardContext();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: cardId,
    disabled: !canWrite,
  });
  if (!card) return null;
  const open = () => setView({ card: cardId });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      open();
      return;
    }
    listeners?.onKeyDown?.(event);
  };
  return (
    <div
      ref={setNodeRef}
      className={`order-card${isDragging ? ' order-card--dragging' : ''}`}
      data-card-id={cardId}
      data-index={index}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={open}
      aria-label={t('board.card.open', { title: card.title || t('board.card.untitled') })}
    >
      <CardFace card={card} done={done} />
    </div>
  );
});
