/**
 * The cards of one cell. Long cells scroll on their own and render only the cards in view
 * (virtualised), so a board of thousands of cards stays smooth.
 */
import { memo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { OrderCard } from './OrderCard';

/** Cells with more cards than this are virtualised. */
const VIRTUAL_THRESHOLD = 12;

interface CardListProps {
  ids: readonly string[];
  done: boolean;
  dropIndex: number;
}

function DropLine() {
  return <div className="drop-line" aria-hidden="true" />;
}

export const CardList = memo(function CardList(props: CardListProps) {
  return props.ids.length > VIRTUAL_THRESHOLD ? (
    <VirtualCardList {...props} />
  ) : (
    <PlainCardList {...props} />
  );
});

function PlainCardList({ ids, done, dropIndex }: CardListProps) {
  return (
    <div className="card-list">
      {ids.map((id, i) => (
        <div key={id} className="card-list__item">
          {dropIndex === i && <DropLine />}
          <OrderCard cardId={id} index={i} done={done} />
        </div>
      ))}
      {dropIndex >= ids.length && <DropLine />}
    </div>
  );
}

function VirtualCardList({ ids, done, dropIndex }: CardListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the list re-renders with its cell
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 92,
    overscan: 4,
    getItemKey: (i) => ids[i]!,
  });
  return (
    <div ref={scroller} className="card-list card-list--virtual" data-virtual="true">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="card-list__item card-list__item--virtual"
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {dropIndex === item.index && <DropLine />}
            <OrderCard cardId={ids[item.index]!} index={item.index} done={done} />
          </div>
        ))}
      </div>
      {dropIndex >= ids.length && <DropLine />}
    </div>
  );
}
