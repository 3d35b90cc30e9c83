import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { NotificationDto } from '@orderlane/shared';
import { useLocaleStore } from '../../store/localeStore';
import { useLocationStore } from '../../store/locationStore';
import { useNotificationStore } from '../../store/notificationStore';
import { InboxButton } from './InboxButton';

const notification = (id: string, excerpt: string): NotificationDto => ({
  id,
  kind: 'mention',
  source: 'comment',
  boardId: 'board1',
  cardId: 'card1',
  cardTitle: 'Ceramic mugs',
  commentId: 'c1',
  actorId: 'u1',
  actorName: 'Max Merch',
  excerpt,
  createdAt: Date.now(),
  readAt: null,
});

beforeEach(() => {
  act(() => useLocaleStore.setState({ locale: 'en' }));
});
afterEach(() => {
  cleanup();
  act(() => useNotificationStore.getState().reset());
});

describe('the inbox', () => {
  it('says when there is nothing, then shows the live badge and the notification', () => {
    render(<InboxButton />);
    expect(screen.queryByTestId('inbox-badge')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Notifications' }));
    expect(screen.getByText(/You are all caught up/)).toBeTruthy();
    act(() =>
      useNotificationStore
        .getState()
        .receive(notification('n1', 'Booking @{role:logistics} <img src=x onerror=alert(1)>')),
    );
    expect(screen.getByTestId('inbox-badge').textContent).toBe('1');
    const item = screen.getByText('Max Merch mentioned you on Ceramic mugs').closest('li')!;
    expect(item.textContent).toContain('Booking @Logistics <img src=x onerror=alert(1)>');
    expect(item.querySelector('img')).toBeNull();
  });

  it('opening a notification marks it read and opens its card on its board', () => {
    render(<InboxButton />);
    act(() => useNotificationStore.getState().receive(notification('n2', 'hello')));
    fireEvent.click(screen.getByRole('button', { name: 'Notifications, 1 unread' }));
    fireEvent.click(screen.getByText('Max Merch mentioned you on Ceramic mugs'));
    expect(useLocationStore.getState().path).toBe('/b/board1');
    expect(useLocationStore.getState().search).toBe('?card=card1');
    expect(useNotificationStore.getState().unread).toBe(0);
    expect(useNotificationStore.getState().items[0]!.readAt).not.toBeNull();
    expect(screen.queryByTestId('inbox-badge')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
