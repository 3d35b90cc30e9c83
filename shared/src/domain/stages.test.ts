import { describe, expect, it } from 'vitest';
import { isClosedStage } from './stages';

describe('isClosedStage', () => {
  it('closes only the done stage; a column without a stage stays open', () => {
    expect(isClosedStage('done')).toBe(true);
    expect(isClosedStage('payment')).toBe(false);
    expect(isClosedStage(undefined)).toBe(false);
    expect(isClosedStage(null)).toBe(false);
  });
});
