import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX, passwordShapeProblem } from './passwordRule';

describe('passwordShapeProblem', () => {
  it('accepts a long enough password with something besides whitespace', () => {
    expect(passwordShapeProblem('correct horse battery')).toBeNull();
    expect(passwordShapeProblem('  x     ')).toBeNull();
  });

  it('names what is wrong', () => {
    expect(passwordShapeProblem('short')).toBe('too_short');
    expect(passwordShapeProblem('x'.repeat(PASSWORD_MAX + 1))).toBe('too_long');
    expect(passwordShapeProblem('        ')).toBe('blank');
    expect(passwordShapeProblem('\t\n \u3000\u00a0   ')).toBe('blank');
  });
});
