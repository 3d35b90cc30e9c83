/** The phone's sheet with the grouping and the filters; they apply at once, Done closes it. */
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { BoardFilters } from './BoardFilters';

export function FilterSheet({ onClose }: { onClose(): void }) {
  const t = useT();
  return (
    <Dialog
      variant="sheet"
      title={t('board.filter.label')}
      onClose={onClose}
      onSubmit={onClose}
      actions={
        <button type="submit" className="button button--primary button--block">
          {t('common.done')}
        </button>
      }
    >
      <BoardFilters stacked />
    </Dialog>
  );
}
