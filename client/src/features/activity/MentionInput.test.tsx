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
    // The box shows the name, never the token.
    expect(area.value).toBe('Please ask @Logistics ');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(area.getAttribute('aria-expanded')).toBe('false');
  });

  it('matches Chinese names by pinyin and initials; Tab picks; the author is not offered', async () => {
    const { area, type, key, options } = setup();
    type('@wxm');
    await waitFor(() => expect(options()[0]).toContain('王小明'));
    key('Tab');
    expect(area.value).toBe('@王小明 ');
    type('@王小明 cc @wang');
    await waitFor(() => expect(options()[0]).toContain('王小明'));
    key('Escape');
    type('@王小明 cc @wang @物'); // a new @ after Escape offers again
    expect(options()[0]).toContain('@Logistics');
    type('@王小明 cc @wang @max');
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

  it('shows names while sending tokens; a mention is a chip behind the text', async () => {
    const { area, type, key, onSubmit } = setup();
    type('Booking @lo');
    key('Enter');
    type('Booking @Logistics and @wxm');
    await waitFor(() =>
      expect(screen.queryAllByRole('option')[0]?.textContent).toContain('王小明'),
    );
    key('Enter');
    expect(area.value).toBe('Booking @Logistics and @王小明 ');
    expect(area.value).not.toContain('@{');
    const chips = document.querySelectorAll('.mention-backdrop__chip');
    expect([...chips].map((c) => c.textContent)).toEqual(['@Logistics', '@王小明']);
    key('Enter', { ctrlKey: true });
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith('Booking @{role:logistics} and @{user:u1}'),
    );
  });

  it('one Backspace into a name removes the whole mention and keeps the caret there', () => {
    const { area, type, key, onSubmit } = setup();
    type('Hi @lo');
    key('Enter');
    type('Hi @Logistics there');
    // Backspace at the end of the name takes its last character: the whole mention goes.
    area.setSelectionRange('Hi @Logistic'.length, 'Hi @Logistic'.length);
    fireEvent.change(area, { target: { value: 'Hi @Logistic there' } });
    expect(area.value).toBe('Hi  there');
    expect(area.selectionStart).toBe('Hi '.length);
    key('Enter', { ctrlKey: true });
    expect(onSubmit).toHaveBeenCalledWith('Hi  there');
  });

  it('text pasted over everything counts as typed, even where the diff keeps an @', () => {
    const { area, type, key, onSubmit } = setup();
    type('Hi @lo');
    key('Enter');
    // Select all and paste: the old and new text share "Hi @".
    type('Hi @{user:u3} later');
    expect(area.value).toBe('Hi @Fay Finance later');
    key('Enter', { ctrlKey: true });
    expect(onSubmit).toHaveBeenCalledWith('Hi @{user:u3} later');
  });

  it('an edited comment opens with names, not tokens', () => {
    render(<CommentComposer initial="ask @{user:u2}" submitLabel="Save" onSubmit={vi.fn()} />);
    expect(screen.getByRole<HTMLTextAreaElement>('combobox').value).toBe('ask @Lena Long');
  });
});
