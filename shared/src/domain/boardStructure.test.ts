import { describe, expect, it } from 'vitest';
import { cleanStructureTitle, isValidWipLimit, parseWipLimitInput } from './boardStructure';

describe('validation', () => {
  it('trims titles and accepts 1 to 60 characters', () => {
    expect(cleanStructureTitle('  QC  ')).toBe('QC');
    expect(cleanStructureTitle('   ')).toBeNull();
    expect(cleanStructureTitle('x'.repeat(60))).toBe('x'.repeat(60));
    expect(cleanStructureTitle('x'.repeat(61))).toBeNull();
    expect(cleanStructureTitle('质'.repeat(60))).toBe('质'.repeat(60));
    expect(cleanStructureTitle(42)).toBeNull();
  });
  it('accepts whole WIP limits from 1 to 999 only', () => {
    expect([1, 999].every(isValidWipLimit)).toBe(true);
    expect([0, -1, 1000, 1.5, NaN, '3'].some(isValidWipLimit)).toBe(false);
    expect(parseWipLimitInput(' 5 ')).toBe(5);
    expect(parseWipLimitInput('')).toBeNull();
    expect(parseWipLimitInput('0')).toBeUndefined();
    expect(parseWipLimitInput('1000')).toBeUndefined();
    expect(parseWipLimitInput('2.5')).toBeUndefined();
    expect(parseWipLimitInput('abc')).toBeUndefined();
  });
});
