import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { member, withSession } from '../../test/session';
import { CommentComposer } from './CommentComposer';

const maxMerch = member('u0', 'Max Merch', 'merchandiser');
withSession(
  [
    maxMerch,
    member('u1', '王小明', 'logistics'),
    member('u2', 'Lena Long', 'logistics'),
    member('u3', 'Fay Finance', 'finance'),
  ],
  maxMerch,
);

function setup() {
  const onSubmit = vi.fn(async () => {});
  render(<CommentComposer submitLabel="Send" onSubmit={onSubmit} />);
  const area = screen.getByRole<HTMLTextAreaElement>('combobox');
  const type = (value: string) => fireEvent.change(area, { target: { value } });
  const key = (k: string, init: Partial<KeyboardEventInit> = {}) =>
    fireEvent.keyDown(area, { key: k, ...init });
  const options = () => screen.queryAllByRole('option').map((o) => o.textContent);
  const active = () =>
    screen.queryAllByRole('option').find((o) => o.getAttribute('aria-selected') === 'true')
      ?.textContent;
  return { area, type, key, options, active, onSubmit };
}

describe('the mention input', () => {
  it('offers departments and people for @query; ↑/↓ move and Enter inserts the token', () => {
    const { area, type, key, options, active } = setup();
    type('Please ask @lo');
    expect(area.getAttribute('aria-expanded')).toBe('true');
    expect(options()[0]).toContain('@Logistics');
    expect(options().some((o) => o?.includes('Lena Long'))).toBe(true);
    expect(active()).toContain('@Logistics');
    key('ArrowDown');
    expect(active()).toContain('Lena Long');
    key('ArrowUp');
    expect(active()).toContain('@Logistics');
    key('ArrowUp'); // wraps to the last
    expect(active()).toContain('Lena Long');
    key('ArrowDown');
    key('Enter');
    expect(area.value).toBe('Please ask @{role:logistics} ');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(area.getAttribute('aria-expanded')).toBe('false');
    // The line beneath shows the name, not the token.
    expect(screen.getByTestId('mention-preview').textContent).toContain('@Logistics');
  });

  it('matches Chinese names by pinyin and initials; Tab picks; the author is not offered', async () => {
    const { area, type, key, options } = setup();
    type('@wxm');
    await waitFor(() => expect(options()[0]).toContain('王小明'));
    key('Tab');
    expect(area.value).toBe('@{user:u1} ');
    type('@{user:u1} cc @wang');
    await waitFor(() => expect(options()[0]).toContain('王小明'));
    key('Escape');
    type('@{user:u1} cc @wang @物'); // a new @ after Escape offers again
    expect(options()[0]).toContain('@Logistics');
    type('@{user:u1} cc @wang @max');
    expect(options().some((o) => o?.includes('Max Merch'))).toBe(false);
  });

  it('Escape closes the popup without reaching the panel; Enter then types a new line', () => {
    const { area, type, key, options, onSubmit } = setup();
    const panelKeys = vi.fn();
    window.addEventListener('keydown', panelKeys);
    try {
      type('Hi @fay');
      expect(options()).toHaveLength(1);
      key('Escape');
      expect(options()).toHaveLength(0);
      expect(panelKeys).not.toHaveBeenCalled();
      expect(area.value).toBe('Hi @fay');
      // Still dismissed while typing on at the same @, so Enter is not swallowed.
      type('Hi @fayx');
      expect(options()).toHaveLength(0);
      expect(key('Enter')).toBe(true); // not prevented: a normal new line
      expect(onSubmit).not.toHaveBeenCalled();
    } finally {
      window.removeEventListener('keydown', panelKeys);
    }
  });

  it('Ctrl+Enter and Cmd+Enter send the stored text', async () => {
    const { type, key, onSubmit } = setup();
    type('Booking please @{role:logistics}');
    key('Enter', { ctrlKey: true });
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('Booking please @{role:logistics}'));
    type('again');
    key('Enter', { metaKey: true });
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
  });
});
