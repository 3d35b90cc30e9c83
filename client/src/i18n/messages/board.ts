import type { Catalogue } from './catalogue';

export const board: Catalogue = {
  en: {},
  zh: {},
};
