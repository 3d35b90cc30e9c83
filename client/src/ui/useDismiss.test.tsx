import { afterEach, describe, expect, it } from 'vitest';
import { useRef, useState } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useDismiss } from './useDismiss';

function Popup() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useDismiss(open, () => setOpen(false), root);
  return (
    <div>
      <div ref={root}>
        <button type="button" onClick={() => setOpen((o) => !o)}>
          trigger
        </button>
        {open && <input aria-label="inside" />}
      </div>
      <p>outside</p>
    </div>
  );
}

const openPopup = () => {
  const trigger = screen.getByRole('button', { name: 'trigger' });
  act(() => trigger.focus());
  fireEvent.click(trigger);
  return trigger;
};

afterEach(cleanup);

describe('useDismiss', () => {
  it('stays open on a click inside, closes on a click outside', () => {
    render(<Popup />);
    openPopup();
    fireEvent.mouseDown(screen.getByRole('textbox', { name: 'inside' }));
    expect(screen.queryByRole('textbox', { name: 'inside' })).not.toBeNull();
    fireEvent.mouseDown(screen.getByText('outside'));
    expect(screen.queryByRole('textbox', { name: 'inside' })).toBeNull();
  });

  it('closes on Escape and gives focus back to the trigger; other keys do nothing', () => {
    render(<Popup />);
    const trigger = openPopup();
    const inside = screen.getByRole('textbox', { name: 'inside' });
    act(() => inside.focus());
    fireEvent.keyDown(inside, { key: 'a' });
    expect(screen.queryByRole('textbox', { name: 'inside' })).not.toBeNull();
    fireEvent.keyDown(inside, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'inside' })).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });
});
