import type { Catalogue } from './catalogue';

export const app: Catalogue = {
  en: { 'app.name': 'Orderlane' },
  zh: { 'app.name': 'Orderlane' },
};
