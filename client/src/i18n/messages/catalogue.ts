export interface Catalogue {
  en: Record<string, string>;
  zh: Record<string, string>;
}
