import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { navigate } from '../../router/location';
import { LoginPage } from './LoginPage';

/** Records what the page sends; the session that follows is not this test's concern. */
function recordRequests() {
  const sent: { url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    sent.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    return new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'no' } }), {
      status: 401,
      headers: { 'content-type': 'application/json' },
    });
  });
  return sent;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function signIn() {
  fireEvent.change(screen.getByLabelText('Work email'), { target: { value: 'li@example.test' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'long enough pw' } });
  fireEvent.submit(screen.getByRole('button', { name: /Sign in/ }).closest('form')!);
}

describe('LoginPage', () => {
  it('from an invitation link, signs in with the invite token and says it joins', async () => {
    const sent = recordRequests();
    navigate('/login?invite=tok-123');
    render(<LoginPage />);
    expect(screen.getByRole('heading', { name: 'Join your team' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Create account' }).getAttribute('href')).toBe(
      '/register?invite=tok-123',
    );
    signIn();
    await waitFor(() => expect(sent.length).toBeGreaterThan(0));
    expect(sent[0]).toEqual({
      url: '/api/auth/login',
      body: { email: 'li@example.test', password: 'long enough pw', invite: 'tok-123' },
    });
  });

  it('without one, signs in with email and password only', async () => {
    const sent = recordRequests();
    navigate('/login');
    render(<LoginPage />);
    signIn();
    await waitFor(() => expect(sent.length).toBeGreaterThan(0));
    expect(sent[0]!.body).toEqual({ email: 'li@example.test', password: 'long enough pw' });
  });
});
