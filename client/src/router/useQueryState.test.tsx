import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useQueryParam } from './useQueryState';
import { navigate } from './location';

describe('useQueryParam', () => {
  it('reads and replaces one parameter, keeping the others and the history length', () => {
    navigate('/b/board1?group=owner&q=steel');
    const before = window.history.length;
    const { result } = renderHook(() => useQueryParam('group'));
    expect(result.current[0]).toBe('owner');
    act(() => result.current[1]('customer'));
    expect(result.current[0]).toBe('customer');
    expect(window.location.search).toBe('?group=customer&q=steel');
    act(() => result.current[1](null));
    expect(result.current[0]).toBeNull();
    expect(window.location.pathname + window.location.search).toBe('/b/board1?q=steel');
    expect(window.history.length).toBe(before);
  });
});
