import { describe, expect, it } from 'vitest';
import { initials, memberColor } from './avatar';

describe('initials', () => {
  it('takes first and last initials of Latin names and the last two characters of Chinese', () => {
    expect(initials('Li Wei')).toBe('LW');
    expect(initials('maria del carmen lopez')).toBe('ML');
    expect(initials('Ana')).toBe('AN');
    expect(initials('王芳')).toBe('王芳');
    expect(initials('欧阳娜娜')).toBe('娜娜');
    expect(initials('周杰 Zhou Jie')).toBe('周杰');
    expect(initials('Lena 李娜')).toBe('李娜');
    expect(initials('   ')).toBe('?');
  });
});

describe('memberColor', () => {
  it('is stable per user and spreads users over several colours', () => {
    expect(memberColor('user-1')).toBe(memberColor('user-1'));
    const colours = new Set(Array.from({ length: 40 }, (_, i) => memberColor(`user-${i}`)));
    expect(colours.size).toBeGreaterThan(6);
    for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });
});
