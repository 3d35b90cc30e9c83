/**
 * The "⋯" menu on a column or lane header: rename, WIP limit (columns), move, add after, remove.
 * A real menu button: Enter/Space/↓ open it on the first item, ↑/↓/Home/End move, Escape closes
 * and hands focus back. The panel is fixed to the viewport so the board's scroller cannot clip it
 * (on a phone it opens as wide as the screen allows). Viewers never see it.
 */
import { useContext, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { StructureKind } from '@orderlane/shared';
import { useT } from '../../i18n';
import { boardStore } from '../../store/boardStore';
import { BoardContext } from './BoardContext';
import { RemoveStructureDialog, StructureNameDialog, WipLimitDialog } from './StructureMenuDialogs';
import { useToastStore } from '../../store/undoToastStore';
import {
  addAfter,
  moveTarget,
  removeTarget,
  renameTarget,
  setWipLimit,
} from './structureMenuActions';
import './StructureMenu.css';

interface StructureMenuProps {
  kind: StructureKind;
  id: string;
  /** The name shown on the header (in the UI language). */
  name: string;
  /** Where it stands among its siblings, to offer only the moves that exist. */
  index: number;
  count: number;
  wipLimit?: number;
}

type Action = 'rename' | 'wip' | 'back' | 'forward' | 'add' | 'remove';
type DialogKind = 'rename' | 'wip' | 'add' | 'remove' | null;

const PANEL_WIDTH = 220;

/** The panel's place: under the button, right-aligned with it, kept inside the screen. */
function placeUnder(button: HTMLElement | null): { top: number; left: number } | null {
  if (!button) return null;
  const rect = button.getBoundingClientRect();
  const width = Math.min(PANEL_WIDTH, window.innerWidth - 16);
  const left = Math.max(8, Math.min(rect.right - width, window.innerWidth - width - 8));
  return { top: rect.bottom + 4, left };
}

function cardsIn(kind: StructureKind, id: string): number {
  const cards = Object.values(boardStore.getState().cards);
  return cards.filter((c) => (kind === 'column' ? c.columnId : c.laneId) === id).length;
}

export function StructureMenu(props: StructureMenuProps) {
  const { kind, id, name, index, count } = props;
  const t = useT();
  // Outside an open board (a header rendered on its own) there is nothing to edit.
  const board = useContext(BoardContext);
  const showToast = useToastStore((s) => s.show);
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<DialogKind>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const column = kind === 'column';
  const target = { kind, id };

  const items: { action: Action; label: string }[] = [
    { action: 'rename', label: t('board.structure.rename') },
    ...(column ? [{ action: 'wip' as const, label: t('board.structure.setWip') }] : []),
    ...(index > 0
      ? [
          {
            action: 'back' as const,
            label: t(column ? 'board.structure.moveLeft' : 'board.structure.moveUp'),
          },
        ]
      : []),
    ...(index < count - 1
      ? [
          {
            action: 'forward' as const,
            label: t(column ? 'board.structure.moveRight' : 'board.structure.moveDown'),
          },
        ]
      : []),
    { action: 'add', label: t(column ? 'board.structure.addColumn' : 'board.structure.addLane') },
    ...(count > 1
      ? [
          {
            action: 'remove' as const,
            label: t(column ? 'board.structure.removeColumn' : 'board.structure.removeLane'),
          },
        ]
      : []),
  ];

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (event: Event) => {
      const node = event.target as Node;
      if (panel.current?.contains(node) || button.current?.contains(node)) return;
      setOpen(false);
    };
    const closeOnScroll = (event: Event) => {
      if (!panel.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    window.addEventListener('scroll', closeOnScroll, true);
    window.addEventListener('resize', closeOnScroll);
    return () => {
      document.removeEventListener('pointerdown', close);
      window.removeEventListener('scroll', closeOnScroll, true);
      window.removeEventListener('resize', closeOnScroll);
    };
  }, [open]);

  if (!board?.canWrite) return null;
  const { actions } = board;

  const closeMenu = () => {
    setOpen(false);
    button.current?.focus();
  };

  const choose = (action: Action) => {
    closeMenu();
    if (action === 'back' || action === 'forward') {
      moveTarget(actions, target, action === 'back' ? -1 : 1);
    } else setDialog(action);
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const all = [...(panel.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
    else if (e.key === 'Escape') closeMenu();
    else if (e.key === 'Tab') setOpen(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
    e.stopPropagation();
  };

  const remove = () => {
    setDialog(null);
    const undo = removeTarget(actions, target);
    if (!undo) return;
    showToast(
      t(column ? 'board.structure.removedColumn' : 'board.structure.removedLane', { name }),
      undo,
    );
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="structure-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t(column ? 'board.structure.columnMenu' : 'board.structure.laneMenu', { name })}
        data-structure-menu={kind}
        onClick={() => {
          if (!open) setPlace(placeUnder(button.current));
          setOpen((o) => !o);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setPlace(placeUnder(button.current));
            setOpen(true);
          }
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div
          ref={panel}
          className="structure-menu__panel"
          role="menu"
          aria-label={name}
          style={place ? { top: place.top, left: place.left } : { visibility: 'hidden' }}
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <button
              key={item.action}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={`structure-menu__item${item.action === 'remove' ? ' structure-menu__item--danger' : ''}`}
              data-action={item.action}
              onClick={() => choose(item.action)}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
      {dialog === 'rename' && (
        <StructureNameDialog
          title={t(
            column ? 'board.structure.renameColumnTitle' : 'board.structure.renameLaneTitle',
          )}
          submitLabel={t('board.structure.save')}
          initial={name}
          onClose={() => setDialog(null)}
          onSave={(title) => {
            setDialog(null);
            renameTarget(actions, target, title);
          }}
        />
      )}
      {dialog === 'add' && (
        <StructureNameDialog
          title={t(column ? 'board.structure.newColumnTitle' : 'board.structure.newLaneTitle', {
            name,
          })}
          submitLabel={t('board.structure.add')}
          initial=""
          onClose={() => setDialog(null)}
          onSave={(title) => {
            setDialog(null);
            addAfter(actions, target, title);
          }}
        />
      )}
      {dialog === 'wip' && (
        <WipLimitDialog
          name={name}
          initial={props.wipLimit}
          onClose={() => setDialog(null)}
          onSave={(limit) => {
            setDialog(null);
            setWipLimit(actions, id, limit);
          }}
        />
      )}
      {dialog === 'remove' && (
        <RemoveStructureDialog
          kind={kind}
          name={name}
          cardCount={cardsIn(kind, id)}
          onClose={() => setDialog(null)}
          onRemove={remove}
        />
      )}
    </>
  );
}
