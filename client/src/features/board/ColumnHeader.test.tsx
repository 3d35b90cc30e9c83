import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { Column, ColumnId } from '@orderlane/shared';
import { useLocaleStore } from '../../store/localeStore';
import { ColumnHeader } from './ColumnHeader';

const column = (wipLimit?: number): Column => ({
  id: 'c1' as ColumnId,
  title: 'Production',
  position: 'V',
  stage: 'production',
  ...(wipLimit !== undefined ? { wipLimit } : {}),
});

afterEach(cleanup);

describe('ColumnHeader', () => {
  it('shows the count against the WIP limit, and over the limit plainly', () => {
    useLocaleStore.setState({ locale: 'en' });
    const { container, rerender } = render(<ColumnHeader column={column(5)} total={4} />);
    expect(container.textContent).toContain('WIP 4/5');
    expect(container.querySelector('.column-header--over')).toBeNull();
    rerender(<ColumnHeader column={column(5)} total={7} />);
    expect(container.textContent).toContain('Over the WIP limit (7/5)');
    expect(container.querySelector('.column-header--over')).not.toBeNull();
  });

  it('names the stage in Chinese and shows a bare count without a limit', () => {
    useLocaleStore.setState({ locale: 'zh' });
    const { container } = render(<ColumnHeader column={column()} total={1234} />);
    expect(container.querySelector('.column-header__title')!.textContent).toBe('生产');
    expect(container.querySelector('.column-header__count')!.textContent).toBe('1,234');
  });
});
