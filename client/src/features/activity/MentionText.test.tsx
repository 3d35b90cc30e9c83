import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { useLocaleStore } from '../../store/localeStore';
import { member, withSession } from '../../test/session';
import { MentionText } from './MentionText';

withSession([member('u1', '王小明')]);

describe('MentionText', () => {
  it('renders an HTML-looking comment as text: no element, no handler', () => {
    const body = '<img src=x onerror=alert(1)> and <script>alert(2)</script>';
    const { container } = render(<MentionText text={body} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(container.textContent).toBe(body);
  });

  it('never makes a javascript: or data: link; http(s) links open safely in a new tab', () => {
    const body = 'javascript:alert(1) data:text/html,x see https://example.com/bl?id=1.';
    const { container } = render(<MentionText text={body} />);
    const links = [...container.querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('https://example.com/bl?id=1');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(container.textContent).toBe(body);
  });

  it('shows mentions as names, departments in the interface language, and keeps line breaks', () => {
    const body = 'Hi @{user:u1}\nplease ask @{role:logistics} and @{user:gone}';
    const { container, rerender } = render(<MentionText text={body} />);
    const chips = [...container.querySelectorAll('.mention')].map((c) => c.textContent);
    expect(chips).toEqual(['@王小明', '@Logistics', '@unknown member']);
    expect(container.textContent).toContain('\n');
    act(() => useLocaleStore.setState({ locale: 'zh' }));
    rerender(<MentionText text={body} />);
    expect(container.querySelectorAll('.mention')[1]!.textContent).toBe('@物流');
  });
});
