import { describe, expect, it } from 'vitest';
import { catalogues } from './messages';
import { ERROR_CODES } from '@orderlane/shared';
import { app } from './messages/app';

describe('message catalogues', () => {
  it('every catalogue has the same keys in English and Chinese', () => {
    for (const catalogue of catalogues) {
      expect(Object.keys(catalogue.zh).sort()).toEqual(Object.keys(catalogue.en).sort());
    }
  });

  it('no message is empty and placeholders match across languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const catalogue of catalogues) {
      for (const [key, en] of Object.entries(catalogue.en)) {
        const zh = catalogue.zh[key] ?? '';
        expect(en.trim(), key).not.toBe('');
        expect(zh.trim(), key).not.toBe('');
        expect(placeholders(zh), key).toEqual(placeholders(en));
      }
    }
  });

  it('keys are not defined twice across catalogues', () => {
    const seen = new Set<string>();
    for (const catalogue of catalogues) {
      for (const key of Object.keys(catalogue.en)) {
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('every API error code has a plain-words explanation', () => {
    for (const code of [...ERROR_CODES, 'network', 'unexpected']) {
      expect(app.en[`error.${code}`], code).toBeTruthy();
    }
  });
});
